namespace Creo.Application.Common.Ports;

/// <summary>
/// An object opened for reading; the caller disposes it to release the stream. <paramref name="ETag"/> (quoted, as
/// HTTP writes it) and <paramref name="LastModified"/> come from the store, so media responses can answer
/// conditional and range requests without reading the object.
/// </summary>
public sealed record StoredObject(Stream Content, string ContentType, long Length, string? ETag = null, DateTimeOffset? LastModified = null) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
