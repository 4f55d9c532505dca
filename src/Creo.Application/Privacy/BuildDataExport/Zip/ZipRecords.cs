using System.Buffers.Binary;

namespace Creo.Application.Privacy.BuildDataExport.Zip;

/// <summary>
/// The byte layout of the ZIP records <see cref="ZipStreamWriter"/> writes (PKWARE's APPNOTE 6.3: local file header
/// 4.3.7, central directory header 4.3.12, ZIP64 end of central directory record and locator 4.3.14–15, end of
/// central directory record 4.3.16), little-endian, no comments, one disk.
/// </summary>
internal static class ZipRecords
{
    public const int LocalHeaderSize = 30;
    public const int CentralHeaderSize = 46;
    public const int Zip64OffsetExtraSize = 12;
    public const int Zip64EndSize = 56;
    public const int Zip64LocatorSize = 20;
    public const int EndSize = 22;

    /// <summary>Bit 11: the name is UTF-8 (without it, readers take it as code page 437).</summary>
    public const ushort Utf8Name = 0x0800;

    public const ushort Stored = 0;
    public const ushort Deflated = 8;

    /// <summary>2.0 (deflate), or 4.5 when the record needs ZIP64.</summary>
    private const ushort Version20 = 20;
    private const ushort Version45 = 45;

    /// <summary>Made on Unix, spec 4.5: so the external attributes below are read as a Unix mode.</summary>
    private const ushort MadeBy = (3 << 8) | Version45;

    /// <summary>A regular file, rw-r--r-- (S_IFREG | 0644): with no mode, unzip would extract files nobody may read.</summary>
    private const uint RegularFile = (0x8000u | 0x1A4u) << 16;

    public static void LocalHeader(Span<byte> header, ushort flags, ushort method, DosTime modified, uint crc, uint compressed, uint uncompressed, int nameLength)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], modified.Time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], modified.Date);
        CrcAndSizes(header[14..], crc, compressed, uncompressed);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], checked((ushort)nameLength));
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
    }

    private static void CrcAndSizes(Span<byte> at, uint crc, uint compressed, uint uncompressed)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(at, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], uncompressed);
    }

    /// <summary>
    /// The central directory's record of one entry: its sizes fit 32 bits (the writer refuses larger entries); its
    /// local header's offset may not, and then it is in a ZIP64 extra field. Returns the bytes written.
    /// </summary>
    public static int CentralHeader(Span<byte> record, ushort flags, ushort method, DosTime modified, uint crc, uint compressed, uint uncompressed, long offset, ReadOnlySpan<byte> name)
    {
        var zip64 = offset >= uint.MaxValue;
        BinaryPrimitives.WriteUInt32LittleEndian(record, 0x02014B50);
        BinaryPrimitives.WriteUInt16LittleEndian(record[4..], MadeBy);
        BinaryPrimitives.WriteUInt16LittleEndian(record[6..], zip64 ? Version45 : Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(record[8..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(record[10..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(record[12..], modified.Time);
        BinaryPrimitives.WriteUInt16LittleEndian(record[14..], modified.Date);
        CrcAndSizes(record[16..], crc, compressed, uncompressed);
        BinaryPrimitives.WriteUInt16LittleEndian(record[28..], checked((ushort)name.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(record[30..], zip64 ? (ushort)Zip64OffsetExtraSize : (ushort)0);
        BinaryPrimitives.WriteUInt16LittleEndian(record[32..], 0); // comment
        BinaryPrimitives.WriteUInt16LittleEndian(record[34..], 0); // disk
        BinaryPrimitives.WriteUInt16LittleEndian(record[36..], 0); // internal attributes
        BinaryPrimitives.WriteUInt32LittleEndian(record[38..], RegularFile);
        BinaryPrimitives.WriteUInt32LittleEndian(record[42..], zip64 ? uint.MaxValue : (uint)offset);
        name.CopyTo(record[CentralHeaderSize..]);
        var length = CentralHeaderSize + name.Length;
        if (zip64)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(record[length..], 0x0001);
            BinaryPrimitives.WriteUInt16LittleEndian(record[(length + 2)..], 8);
            BinaryPrimitives.WriteInt64LittleEndian(record[(length + 4)..], offset);
            length += Zip64OffsetExtraSize;
        }

        return length;
    }

    /// <summary>Whether the end records need their ZIP64 forms: 65,535 entries or more, or a directory past 4 GiB.</summary>
    public static bool NeedsZip64End(long entries, long directoryOffset, long directorySize) =>
        entries >= ushort.MaxValue || directoryOffset >= uint.MaxValue || directorySize >= uint.MaxValue;

    /// <summary>The ZIP64 end record and its locator, then the classic end record with its fields saturated so readers look for them.</summary>
    public static int End(Span<byte> tail, long entries, long directoryOffset, long directorySize)
    {
        var length = 0;
        if (NeedsZip64End(entries, directoryOffset, directorySize))
        {
            var zip64EndOffset = directoryOffset + directorySize;
            BinaryPrimitives.WriteUInt32LittleEndian(tail, 0x06064B50);
            BinaryPrimitives.WriteInt64LittleEndian(tail[4..], Zip64EndSize - 12);
            BinaryPrimitives.WriteUInt16LittleEndian(tail[12..], MadeBy);
            BinaryPrimitives.WriteUInt16LittleEndian(tail[14..], Version45);
            BinaryPrimitives.WriteUInt32LittleEndian(tail[16..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(tail[20..], 0);
            BinaryPrimitives.WriteInt64LittleEndian(tail[24..], entries);
            BinaryPrimitives.WriteInt64LittleEndian(tail[32..], entries);
            BinaryPrimitives.WriteInt64LittleEndian(tail[40..], directorySize);
            BinaryPrimitives.WriteInt64LittleEndian(tail[48..], directoryOffset);
            var locator = tail[Zip64EndSize..];
            BinaryPrimitives.WriteUInt32LittleEndian(locator, 0x07064B50);
            BinaryPrimitives.WriteUInt32LittleEndian(locator[4..], 0);
            BinaryPrimitives.WriteInt64LittleEndian(locator[8..], zip64EndOffset);
            BinaryPrimitives.WriteUInt32LittleEndian(locator[16..], 1);
            length = Zip64EndSize + Zip64LocatorSize;
        }

        var end = tail[length..];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)Math.Min(entries, ushort.MaxValue));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)Math.Min(entries, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)Math.Min(directorySize, uint.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)Math.Min(directoryOffset, uint.MaxValue));
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        return length + EndSize;
    }
}
