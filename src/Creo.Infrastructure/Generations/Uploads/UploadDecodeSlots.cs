using System.Threading.RateLimiting;

namespace Creo.Infrastructure.Generations.Uploads;

/// <summary>
/// Bounds the memory uploads can take on one instance: a decode holds a slot, so at most
/// <see cref="UploadsOptions.MaxConcurrentDecodes"/> full-size bitmaps exist at once. A few uploads per slot may
/// wait their turn (oldest first); past that an upload is refused at once rather than queued without end.
/// </summary>
internal sealed class UploadDecodeSlots(UploadsOptions options) : IDisposable
{
    public const int WaitingPerSlot = 4;

    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.MaxConcurrentDecodes),
        QueueLimit = Math.Max(1, options.MaxConcurrentDecodes) * WaitingPerSlot,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A slot (dispose the lease to give it back); <see cref="RateLimitLease.IsAcquired"/> is false when too many are waiting.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => limiter.AcquireAsync(1, cancellationToken);

    public long Waiting => limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    public void Dispose() => limiter.Dispose();
}
