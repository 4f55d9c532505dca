namespace Creo.Application.Common.Ports;

/// <summary>
/// Private media storage: the local file system by default, S3-compatible storage (Cloudflare R2) in production.
/// Keys are paths such as <c>users/{userId}/generations/{id}/0.png</c>; nothing is ever public: the app
/// reads objects itself and serves them only to their owner's session, so no URL opens an object on its own.
/// </summary>
public interface IObjectStorage
{
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens an object for reading, or returns null when there is none under that key.</summary>
    Task<StoredObject?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes one object; removing a missing object is not an error, so erasure jobs can re-run.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes every object whose key starts with <paramref name="prefix"/>; returns how many were removed.</summary>
    Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken);
}
