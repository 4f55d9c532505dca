using System.Collections.Concurrent;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>
/// The request ids of verified deliveries lately acted on, so a delivery repeated (replayed within the timestamp
/// window, or retried by fal) wakes no second job. Only a saving: finishing a generation happens once however often
/// its job runs. Entries outlive the signature's tolerance twice over, after which a replay fails its timestamp.
/// </summary>
public sealed class FalDeliveries(TimeProvider clock)
{
    private static readonly TimeSpan Retention = FalWebhookVerifier.Tolerance * 2;

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    /// <summary>True the first time a request id is seen; false for every repeat while it is remembered.</summary>
    public bool FirstTime(string requestId)
    {
        var now = clock.GetUtcNow();
        foreach (var (id, at) in seen)
        {
            if (now - at > Retention)
            {
                seen.TryRemove(id, out _);
            }
        }

        return seen.TryAdd(requestId, now);
    }
}
