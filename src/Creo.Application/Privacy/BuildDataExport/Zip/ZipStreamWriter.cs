using System.IO.Compression;

namespace Creo.Application.Privacy.BuildDataExport.Zip;

/// <summary>
/// Writes a standard ZIP archive entry by entry, keeping nothing per entry in memory: each entry's central directory
/// record goes to a temporary file the moment the entry is complete, and is copied behind the entries at the end.
/// (System.IO.Compression's ZipArchive keeps every entry's object, name and metadata until it is disposed, which at
/// 100k entries is tens of MiB.) The destination must be seekable: each local header's CRC-32 and sizes are filled
/// in once its entry is written, so no data descriptors are needed. ZIP64 end records are written when there are
/// 65,535 entries or more or the directory lies past 4 GiB, and a ZIP64 extra field when an entry starts past
/// 4 GiB; an entry itself must be smaller than 4 GiB.
/// </summary>
internal sealed class ZipStreamWriter : IAsyncDisposable
{
    private readonly Stream destination;
    private readonly long start;
    private readonly DosTime modified;
    private readonly FileStream directory;
    private readonly byte[] record = new byte[ZipRecords.CentralHeaderSize + ushort.MaxValue + ZipRecords.Zip64OffsetExtraSize];
    private long entries;
    private bool finished;

    public ZipStreamWriter(Stream destination, DateTimeOffset modified)
    {
        if (!destination.CanSeek || !destination.CanWrite)
        {
            throw new ArgumentException("The archive must be written to a seekable stream.", nameof(destination));
        }

        this.destination = destination;
        start = destination.Position;
        this.modified = DosTime.From(modified);
        directory = new FileStream(
            Path.Combine(Path.GetTempPath(), $"creo-zip-directory-{Guid.NewGuid():N}"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 16 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }

    public long Entries => entries;

    /// <summary>One entry named <paramref name="name"/>, deflated or stored as it is, whose content <paramref name="write"/> writes.</summary>
    public async Task AddAsync(string name, bool compress, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        if (nameBytes.Length is 0 or > ushort.MaxValue)
        {
            throw new ArgumentException("An entry's name must be 1 to 65,535 bytes long.", nameof(name));
        }

        var flags = nameBytes.Length == name.Length ? (ushort)0 : ZipRecords.Utf8Name;
        var method = compress ? ZipRecords.Deflated : ZipRecords.Stored;
        var offset = destination.Position - start;
        var header = new byte[ZipRecords.LocalHeaderSize + nameBytes.Length];
        ZipRecords.LocalHeader(header, flags, method, modified, 0, 0, 0, nameBytes.Length);
        nameBytes.CopyTo(header, ZipRecords.LocalHeaderSize);
        await destination.WriteAsync(header, cancellationToken);

        var dataStart = destination.Position;
        ZipContentStream content;
        if (compress)
        {
            await using var deflate = new DeflateStream(destination, CompressionLevel.Optimal, leaveOpen: true);
            content = new ZipContentStream(deflate);
            await write(content);
        }
        else
        {
            content = new ZipContentStream(destination);
            await write(content);
        }

        var end = destination.Position;
        if (content.Length == 0)
        {
            // Zero bytes are not a valid deflate stream (and the deflater writes none when given nothing): an empty
            // entry is stored, as System.IO.Compression does, and whatever the deflater wrote is overwritten.
            method = ZipRecords.Stored;
            end = dataStart;
        }

        var compressed = end - dataStart;
        if (content.Length >= uint.MaxValue || compressed >= uint.MaxValue)
        {
            throw new IOException($"The entry {name} is 4 GiB or larger, which this writer does not support.");
        }

        // The local header again, now with the method, CRC-32 and sizes it could not know before the content was written.
        var crc = content.Crc;
        ZipRecords.LocalHeader(header, flags, method, modified, crc, (uint)compressed, (uint)content.Length, nameBytes.Length);
        destination.Position = start + offset;
        await destination.WriteAsync(header.AsMemory(0, ZipRecords.LocalHeaderSize), cancellationToken);
        destination.Position = end;

        var length = ZipRecords.CentralHeader(record, flags, method, modified, crc, (uint)compressed, (uint)content.Length, offset, nameBytes);
        await directory.WriteAsync(record.AsMemory(0, length), cancellationToken);
        entries++;
    }

    /// <summary>The central directory and the end records: the archive is complete (and this writer done) once it returns.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        var directoryOffset = destination.Position - start;
        var directorySize = directory.Length;
        directory.Position = 0;
        await directory.CopyToAsync(destination, cancellationToken);
        var tail = new byte[ZipRecords.Zip64EndSize + ZipRecords.Zip64LocatorSize + ZipRecords.EndSize];
        var length = ZipRecords.End(tail, entries, directoryOffset, directorySize);
        await destination.WriteAsync(tail.AsMemory(0, length), cancellationToken);
        await destination.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        finished = true;
        return directory.DisposeAsync();
    }
}
