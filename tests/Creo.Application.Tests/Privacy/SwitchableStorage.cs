using Creo.Application.Common.Ports;

namespace Creo.Application.Tests.Privacy;

/// <summary>The app's own storage, except that writes can be made to fail on demand (a full disk, a storage outage).</summary>
public sealed class SwitchableStorage(IObjectStorage inner) : IObjectStorage
{
    public bool FailWrites { get; set; }

    /// <summary>Runs before each write: what happens elsewhere while a job is storing something.</summary>
    public Func<string, Task>? BeforeWrite { get; set; }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        if (BeforeWrite is { } before)
        {
            await before(key);
        }

        if (FailWrites)
        {
            throw new IOException("Storage is unavailable.");
        }

        await inner.PutAsync(key, content, contentType, cancellationToken);
    }

    public Task<StoredObject?> OpenReadAsync(string key, CancellationToken cancellationToken) => inner.OpenReadAsync(key, cancellationToken);

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => inner.ExistsAsync(key, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken) => inner.DeletePrefixAsync(prefix, cancellationToken);

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);

}
