using System.Buffers.Binary;

namespace Creo.Application.Generations.Videos;

/// <summary>
/// The ISO media (MP4) boxes that hold a video's facts: <c>moov/mvhd</c> (duration over timescale) and, in the track
/// whose <c>mdia/hdlr</c> says <c>vide</c>, <c>tkhd</c> (width and height, 16.16 fixed point). Every box size is
/// checked against the bytes that are really there, and each step moves forward by at least a box header, so a file
/// of lying sizes or loops ends the walk instead of looping or allocating.
/// </summary>
internal static class Mp4Reader
{
    private const int HeaderSize = 8;

    public static VideoFacts? Read(ReadOnlySpan<byte> file)
    {
        if (Find(file, "moov"u8, 0) is not { } moov)
        {
            return null;
        }

        var body = file.Slice(moov.Start, moov.Length);
        if (Find(body, "mvhd"u8, 0) is not { } mvhd || ReadDuration(body.Slice(mvhd.Start, mvhd.Length)) is not { } duration)
        {
            return null;
        }

        var offset = 0;
        while (Find(body, "trak"u8, offset) is { } trak)
        {
            offset = trak.Next;
            var track = body.Slice(trak.Start, trak.Length);
            if (IsVideoTrack(track) && Find(track, "tkhd"u8, 0) is { } tkhd && ReadSize(track.Slice(tkhd.Start, tkhd.Length)) is { } size)
            {
                return new VideoFacts(duration, size.Width, size.Height);
            }
        }

        return null;
    }

    private static bool IsVideoTrack(ReadOnlySpan<byte> track)
    {
        if (Find(track, "mdia"u8, 0) is not { } mdia)
        {
            return false;
        }

        var media = track.Slice(mdia.Start, mdia.Length);
        // hdlr: version and flags (4), pre_defined (4), handler_type (4).
        return Find(media, "hdlr"u8, 0) is { Length: >= 12 } hdlr && media.Slice(hdlr.Start + 8, 4).SequenceEqual("vide"u8);
    }

    /// <summary>mvhd version 0: 4-byte times and duration; version 1: 8-byte ones. Unknown (all ones) or zero is no answer.</summary>
    private static double? ReadDuration(ReadOnlySpan<byte> mvhd)
    {
        if (mvhd.Length < 1)
        {
            return null;
        }

        uint timescale;
        ulong duration;
        if (mvhd[0] == 1 && mvhd.Length >= 32)
        {
            timescale = BinaryPrimitives.ReadUInt32BigEndian(mvhd[20..]);
            duration = BinaryPrimitives.ReadUInt64BigEndian(mvhd[24..]);
            duration = duration == ulong.MaxValue ? 0 : duration;
        }
        else if (mvhd[0] == 0 && mvhd.Length >= 20)
        {
            timescale = BinaryPrimitives.ReadUInt32BigEndian(mvhd[12..]);
            var short32 = BinaryPrimitives.ReadUInt32BigEndian(mvhd[16..]);
            duration = short32 == uint.MaxValue ? 0 : short32;
        }
        else
        {
            return null;
        }

        return timescale == 0 || duration == 0 ? null : (double)duration / timescale;
    }

    /// <summary>tkhd: after the times, track id and duration come 52 bytes (reserved, layer, group, volume, matrix), then width and height.</summary>
    private static (int Width, int Height)? ReadSize(ReadOnlySpan<byte> tkhd)
    {
        var at = tkhd.Length >= 1 && tkhd[0] == 1 ? 4 + 32 + 52 : 4 + 20 + 52;
        if (tkhd.Length < at + 8)
        {
            return null;
        }

        // 16.16 fixed point: the whole pixels are the upper half.
        var width = BinaryPrimitives.ReadUInt32BigEndian(tkhd[at..]) >> 16;
        var height = BinaryPrimitives.ReadUInt32BigEndian(tkhd[(at + 4)..]) >> 16;
        return ((int)width, (int)height);
    }

    /// <summary>The first box of <paramref name="type"/> at this level from <paramref name="offset"/>: its body and where the next box starts.</summary>
    private static Box? Find(ReadOnlySpan<byte> level, ReadOnlySpan<byte> type, int offset)
    {
        while (offset <= level.Length - HeaderSize)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(level[offset..]);
            var header = HeaderSize;
            if (size == 1)
            {
                // A 64-bit size follows the type.
                if (offset > level.Length - 16)
                {
                    return null;
                }

                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(level[(offset + 8)..]), long.MaxValue);
                header = 16;
            }
            else if (size == 0)
            {
                size = level.Length - offset; // The last box, to the end of its parent.
            }

            if (size < header || size > level.Length - offset)
            {
                return null; // Shorter than its own header, or longer than what is there: a truncated or lying file.
            }

            if (level.Slice(offset + 4, 4).SequenceEqual(type))
            {
                return new Box(offset + header, (int)size - header, offset + (int)size);
            }

            offset += (int)size;
        }

        return null;
    }

    private readonly record struct Box(int Start, int Length, int Next);
}
