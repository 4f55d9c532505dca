using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>Reads the chunk list of a PNG, and writes PNGs whose header says whatever a test needs it to.</summary>
internal static class PngChunks
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256)
        .Select(n => Enumerable.Range(0, 8).Aggregate((uint)n, (c, _) => (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1))
        .ToArray();

    public static IReadOnlyList<string> TypesOf(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "Not a PNG: the signature is missing.");
        var types = new List<string>();
        for (var at = Signature.Length; at < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            types.Add(Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }

        return types;
    }

    /// <summary>A valid PNG header claiming <paramref name="width"/>×<paramref name="height"/> RGB, followed by a few bytes of pixel data.</summary>
    public static byte[] Claiming(uint width, uint height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(new byte[4096]);
        }

        return [.. Signature, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
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
