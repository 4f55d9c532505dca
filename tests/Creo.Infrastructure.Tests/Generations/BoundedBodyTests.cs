using Creo.Infrastructure.Generations.OpenAI;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>
/// An image host answering "2 GB of base64" costs Crëo no more than the limit: the body is read from the socket only
/// up to it. Counted on the reading side (the bytes the app actually pulled), which an HTTP stand-in cannot see: it
/// learns of the hang-up late, and writes to a closed connection still "succeed".
/// </summary>
public sealed class BoundedBodyTests
{
    [Fact]
    public async Task A_body_past_the_limit_is_read_only_to_just_past_it_and_refused()
    {
        var endless = new EndlessStream();
        using var content = new StreamContent(endless);

        var body = await BoundedBody.ReadAsync(content, limit: 300_000, TestContext.Current.CancellationToken);

        Assert.Null(body);
        Assert.InRange(endless.BytesRead, 300_001, 300_001 + 81_920);
    }

    [Fact]
    public async Task A_body_that_claims_more_than_the_limit_is_refused_unread()
    {
        var endless = new EndlessStream();
        using var content = new StreamContent(endless);
        content.Headers.ContentLength = 2L * 1024 * 1024 * 1024;

        Assert.Null(await BoundedBody.ReadAsync(content, limit: 300_000, TestContext.Current.CancellationToken));
        Assert.Equal(0, endless.BytesRead);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_read_whole()
    {
        var bytes = new byte[299_999];
        Random.Shared.NextBytes(bytes);
        using var content = new ByteArrayContent(bytes);

        Assert.Equal(bytes, await BoundedBody.ReadAsync(content, limit: 300_000, TestContext.Current.CancellationToken));
    }

    /// <summary>'A' for ever, counting what its reader took.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'A');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
