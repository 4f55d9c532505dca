namespace Creo.Application.Common.Ports;

/// <summary>An object opened for reading; the caller disposes it to release the stream.</summary>
public sealed record StoredObject(Stream Content, string ContentType, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
