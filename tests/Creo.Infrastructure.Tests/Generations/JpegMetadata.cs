using System.Buffers.Binary;
using System.Text;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>
/// Adds what a phone camera writes to a JPEG: EXIF (make, orientation, GPS position), XMP and a comment.
/// SkiaSharp never writes metadata, so the segments are built byte by byte and spliced in after SOI.
/// </summary>
internal static class JpegMetadata
{
    public const string Make = "CreoPhone";

    public const string XmpSecret = "CreoXmpSecret";

    public const string Comment = "Shot at 12 Rue Secrete";

    public static byte[] Add(byte[] jpeg, ushort orientation)
    {
        if (jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new ArgumentException("Not a JPEG: no SOI marker.", nameof(jpeg));
        }

        var xmp = Encoding.ASCII.GetBytes(
            "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description "
            + $"exif:GPSLatitude='48,51.498N' exif:GPSLongitude='2,17.670E' dc:description='{XmpSecret}'/></rdf:RDF></x:xmpmeta>");
        byte[] segments =
        [
            .. Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation)]),
            .. Segment(0xE1, xmp),
            .. Segment(0xFE, Encoding.ASCII.GetBytes(Comment)),
        ];
        return [.. jpeg.AsSpan(0, 2), .. segments, .. jpeg.AsSpan(2)];
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + payload.Length));
        payload.CopyTo(segment, 4);
        return segment;
    }

    /// <summary>A big-endian TIFF block: IFD0 (Make, Orientation, pointer to GPS) and a GPS IFD placing the shot in Paris.</summary>
    private static byte[] Tiff(ushort orientation)
    {
        var make = Encoding.ASCII.GetBytes(Make + "\0");
        var method = "ASCII\0\0\0GPS"u8.ToArray(); // GPSProcessingMethod: an 8-byte character code, then the text.
        const int Ifd0 = 8;
        const int Ifd0Entries = 3;
        const int GpsEntries = 5;
        var makeAt = Ifd0 + 2 + (Ifd0Entries * 12) + 4;
        var gpsAt = makeAt + make.Length;
        var latitudeAt = gpsAt + 2 + (GpsEntries * 12) + 4;
        var longitudeAt = latitudeAt + 24;
        var methodAt = longitudeAt + 24;
        var tiff = new byte[methodAt + method.Length];
        var span = tiff.AsSpan();

        "MM"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], Ifd0);

        BinaryPrimitives.WriteUInt16BigEndian(span[Ifd0..], Ifd0Entries);
        Entry(span, Ifd0, 0, tag: 0x010F, type: 2, count: (uint)make.Length, value: (uint)makeAt);
        Entry(span, Ifd0, 1, tag: 0x0112, type: 3, count: 1, value: (uint)orientation << 16); // a SHORT sits left-justified
        Entry(span, Ifd0, 2, tag: 0x8825, type: 4, count: 1, value: (uint)gpsAt);
        make.CopyTo(span[makeAt..]);

        BinaryPrimitives.WriteUInt16BigEndian(span[gpsAt..], GpsEntries);
        Entry(span, gpsAt, 0, tag: 0x0001, type: 2, count: 2, value: (uint)'N' << 24);
        Entry(span, gpsAt, 1, tag: 0x0002, type: 5, count: 3, value: (uint)latitudeAt);
        Entry(span, gpsAt, 2, tag: 0x0003, type: 2, count: 2, value: (uint)'E' << 24);
        Entry(span, gpsAt, 3, tag: 0x0004, type: 5, count: 3, value: (uint)longitudeAt);
        Entry(span, gpsAt, 4, tag: 0x001B, type: 7, count: (uint)method.Length, value: (uint)methodAt);
        Rationals(span[latitudeAt..], (48, 1), (51, 1), (2988, 100));
        Rationals(span[longitudeAt..], (2, 1), (17, 1), (4020, 100));
        method.CopyTo(span[methodAt..]);

        return tiff;
    }

    private static void Entry(Span<byte> tiff, int ifd, int index, ushort tag, ushort type, uint count, uint value)
    {
        var entry = tiff[(ifd + 2 + (index * 12))..];
        BinaryPrimitives.WriteUInt16BigEndian(entry, tag);
        BinaryPrimitives.WriteUInt16BigEndian(entry[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(entry[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(entry[8..], value);
    }

    private static void Rationals(Span<byte> at, params (uint Numerator, uint Denominator)[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(at[(i * 8)..], values[i].Numerator);
            BinaryPrimitives.WriteUInt32BigEndian(at[((i * 8) + 4)..], values[i].Denominator);
        }
    }
}
