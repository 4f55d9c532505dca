using System.Buffers.Binary;

namespace Creo.Application.Generations.Videos;

/// <summary>
/// The EBML elements of a WebM file that hold a video's facts: <c>Segment/Info</c> (Duration in TimecodeScale
/// nanoseconds) and the video <c>Segment/Tracks/TrackEntry/Video</c> (PixelWidth, PixelHeight). Sizes are checked
/// against the bytes that are there; only the Segment may have an unknown size (a live recording), meaning "to the end".
/// </summary>
internal static class WebmReader
{
    private const uint Segment = 0x18538067;
    private const uint Info = 0x1549A966;
    private const uint TimecodeScale = 0x2AD7B1;
    private const uint Duration = 0x4489;
    private const uint Tracks = 0x1654AE6B;
    private const uint TrackEntry = 0xAE;
    private const uint TrackType = 0x83;
    private const uint Video = 0xE0;
    private const uint PixelWidth = 0xB0;
    private const uint PixelHeight = 0xBA;
    private const ulong VideoTrack = 1;
    private const ulong DefaultTimecodeScale = 1_000_000;

    public static VideoFacts? Read(ReadOnlySpan<byte> file)
    {
        if (Find(file, Segment, allowUnknownSize: true) is not { } segment)
        {
            return null;
        }

        var body = file.Slice(segment.Start, segment.Length);
        if (Find(body, Info) is not { } info || Find(body, Tracks) is not { } tracks)
        {
            return null;
        }

        var infoBody = body.Slice(info.Start, info.Length);
        var scale = Find(infoBody, TimecodeScale) is { } s ? ReadUnsigned(infoBody.Slice(s.Start, s.Length)) : DefaultTimecodeScale;
        if (scale is not > 0 || Find(infoBody, Duration) is not { } d || ReadFloat(infoBody.Slice(d.Start, d.Length)) is not { } ticks || !double.IsFinite(ticks))
        {
            return null;
        }

        var tracksBody = body.Slice(tracks.Start, tracks.Length);
        var offset = 0;
        while (Find(tracksBody, TrackEntry, offset: offset) is { } entry)
        {
            offset = entry.Next;
            var track = tracksBody.Slice(entry.Start, entry.Length);
            if (Find(track, TrackType) is { } type && ReadUnsigned(track.Slice(type.Start, type.Length)) == VideoTrack
                && Find(track, Video) is { } video && ReadSize(track.Slice(video.Start, video.Length)) is { } size)
            {
                return new VideoFacts(ticks * scale.Value / 1e9, size.Width, size.Height);
            }
        }

        return null;
    }

    private static (int Width, int Height)? ReadSize(ReadOnlySpan<byte> video)
    {
        if (Find(video, PixelWidth) is not { } w || Find(video, PixelHeight) is not { } h)
        {
            return null;
        }

        var width = ReadUnsigned(video.Slice(w.Start, w.Length));
        var height = ReadUnsigned(video.Slice(h.Start, h.Length));
        return width is > 0 and <= VideoFiles.MaxSide && height is > 0 and <= VideoFiles.MaxSide ? ((int)width, (int)height) : null;
    }

    private static ulong? ReadUnsigned(ReadOnlySpan<byte> value)
    {
        if (value.Length is 0 or > 8)
        {
            return null;
        }

        ulong result = 0;
        foreach (var b in value)
        {
            result = (result << 8) | b;
        }

        return result;
    }

    private static double? ReadFloat(ReadOnlySpan<byte> value) => value.Length switch
    {
        4 => BinaryPrimitives.ReadSingleBigEndian(value),
        8 => BinaryPrimitives.ReadDoubleBigEndian(value),
        _ => null,
    };

    /// <summary>The first element of <paramref name="id"/> at this level from <paramref name="offset"/>: its body and where the next one starts.</summary>
    private static Element? Find(ReadOnlySpan<byte> level, uint id, bool allowUnknownSize = false, int offset = 0)
    {
        while (offset < level.Length)
        {
            if (ReadVarInt(level[offset..], keepMarker: true) is not { } idField || idField.Length > 4
                || ReadVarInt(level[(offset + idField.Length)..], keepMarker: false) is not { } sizeField)
            {
                return null;
            }

            var start = offset + idField.Length + sizeField.Length;
            var remaining = level.Length - start;
            long length;
            if (sizeField.IsUnknown)
            {
                if (!allowUnknownSize || idField.Value != id)
                {
                    return null;
                }

                length = remaining;
            }
            else if (sizeField.Value > (ulong)remaining)
            {
                return null; // Longer than what is there: a truncated or lying file.
            }
            else
            {
                length = (long)sizeField.Value;
            }

            if (idField.Value == id)
            {
                return new Element(start, (int)length, start + (int)length);
            }

            offset = start + (int)length;
        }

        return null;
    }

    /// <summary>
    /// An EBML variable-length integer: the leading zero bits of the first byte say how many bytes follow. IDs keep
    /// their length marker, sizes drop it; a size of all ones is "unknown".
    /// </summary>
    private static VarInt? ReadVarInt(ReadOnlySpan<byte> bytes, bool keepMarker)
    {
        if (bytes.IsEmpty || bytes[0] == 0)
        {
            return null;
        }

        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)bytes[0]) - 23;
        if (length > 8 || bytes.Length < length)
        {
            return null;
        }

        ulong value = keepMarker ? bytes[0] : (ulong)(bytes[0] & (0xFF >> length));
        var allOnes = value == (ulong)(0xFF >> length);
        for (var i = 1; i < length; i++)
        {
            value = (value << 8) | bytes[i];
            allOnes &= bytes[i] == 0xFF;
        }

        return new VarInt(value, length, !keepMarker && allOnes);
    }

    private readonly record struct Element(int Start, int Length, int Next);

    private readonly record struct VarInt(ulong Value, int Length, bool IsUnknown);
}
