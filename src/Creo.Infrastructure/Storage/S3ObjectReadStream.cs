using Amazon.S3;
using Amazon.S3.Model;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// One S3 object as a seekable, read-only stream, so ASP.NET Core's range processing can serve part of a video
/// without the rest ever leaving the bucket. It starts on the body of the first GET (a whole-object read costs one
/// request); a seek elsewhere drops that body and the next read opens a ranged GET from the new position, pinned to
/// the first response's ETag so a replaced object fails the read instead of mixing two versions.
/// </summary>
internal sealed class S3ObjectReadStream(IAmazonS3 s3, string bucket, string key, GetObjectResponse first) : Stream
{
    private readonly long length = first.ContentLength;
    private readonly string? eTag = first.ETag;
    private GetObjectResponse? body = first;
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        if (target != position)
        {
            body?.Dispose();
            body = null;
            position = target;
        }

        return position;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position >= length || buffer.IsEmpty)
        {
            return 0;
        }

        body ??= await OpenFromPositionAsync(cancellationToken);
        var read = await body.ResponseStream.ReadAsync(buffer, cancellationToken);
        position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Kestrel refuses synchronous I/O; this is here only because <see cref="Stream"/> demands it.</summary>
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body?.Dispose();
            body = null;
        }

        base.Dispose(disposing);
    }

    private Task<GetObjectResponse> OpenFromPositionAsync(CancellationToken cancellationToken) =>
        s3.GetObjectAsync(
            new GetObjectRequest { BucketName = bucket, Key = key, ByteRange = new ByteRange(position, length - 1), EtagToMatch = eTag },
            cancellationToken);
}
