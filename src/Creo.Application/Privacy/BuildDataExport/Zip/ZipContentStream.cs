using System.IO.Hashing;

namespace Creo.Application.Privacy.BuildDataExport.Zip;

/// <summary>
/// What an entry's writer writes into: passes every byte on (to the archive, or to the deflater in front of it) and
/// keeps the CRC-32 and length of the uncompressed content, which the entry's headers need. Write-only.
/// </summary>
internal sealed class ZipContentStream(Stream inner) : Stream
{
    private readonly Crc32 crc = new();
    private long length;

    public uint Crc => crc.GetCurrentHashAsUInt32();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        crc.Append(buffer);
        length += buffer.Length;
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        crc.Append(buffer.Span);
        length += buffer.Length;
        return inner.WriteAsync(buffer, cancellationToken);
    }

    /// <summary>
    /// Nothing to do: the entry is complete only when its writer returns, and the writer flushes it then. Passing a
    /// flush on would make the deflater end a block early, for nothing.
    /// </summary>
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
