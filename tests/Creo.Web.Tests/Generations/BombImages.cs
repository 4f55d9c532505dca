using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// Decompression bombs: a real, tiny image (a few hundred bytes) whose header is rewritten to declare a huge size,
/// so only a header check stands between it and a full-size bitmap.
/// </summary>
internal static class BombImages
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256)
        .Select(n => Enumerable.Range(0, 8).Aggregate((uint)n, (c, _) => (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1))
        .ToArray();

    public static byte[] Claiming(SKEncodedImageFormat format, int width, int height)
    {
        var image = Encode(format);
        return format switch
        {
            SKEncodedImageFormat.Png => PatchPng(image, width, height),
            SKEncodedImageFormat.Jpeg => PatchJpeg(image, width, height),
            SKEncodedImageFormat.Webp => PatchWebp(image, width, height),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(16, 16, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    /// <summary>IHDR is the first chunk: width and height, then its CRC, which libpng checks.</summary>
    private static byte[] PatchPng(byte[] png, int width, int height)
    {
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>The start-of-frame segment holds height then width, big-endian, after its length and precision.</summary>
    private static byte[] PatchJpeg(byte[] jpeg, int width, int height)
    {
        for (var at = 2; at + 4 < jpeg.Length;)
        {
            Assert.Equal(0xFF, jpeg[at]);
            var marker = jpeg[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (marker is >= 0xC0 and <= 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 7), (ushort)width);
                return jpeg;
            }

            at += 2 + length;
        }

        throw new InvalidOperationException("The JPEG has no start-of-frame segment.");
    }

    /// <summary>A lossy WebP's VP8 frame header holds 14-bit width and height; an extended one (VP8X) also its canvas size.</summary>
    private static byte[] PatchWebp(byte[] webp, int width, int height)
    {
        var patched = false;
        for (var at = 12; at + 8 <= webp.Length;)
        {
            var chunk = Encoding.ASCII.GetString(webp, at, 4);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(at + 4));
            var data = at + 8;
            if (chunk == "VP8X")
            {
                WriteUInt24(webp, data + 4, width - 1);
                WriteUInt24(webp, data + 7, height - 1);
            }
            else if (chunk == "VP8 ")
            {
                Assert.True(webp[data + 3] == 0x9D && webp[data + 4] == 0x01 && webp[data + 5] == 0x2A, "No VP8 start code.");
                BinaryPrimitives.WriteUInt16LittleEndian(webp.AsSpan(data + 6), (ushort)width);
                BinaryPrimitives.WriteUInt16LittleEndian(webp.AsSpan(data + 8), (ushort)height);
                patched = true;
            }

            at = data + size + (size & 1);
        }

        Assert.True(patched, "The WebP is not lossy (no VP8 chunk).");
        return webp;
    }

    private static void WriteUInt24(byte[] bytes, int at, int value)
    {
        bytes[at] = (byte)value;
        bytes[at + 1] = (byte)(value >> 8);
        bytes[at + 2] = (byte)(value >> 16);
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
