using System.Diagnostics;
using System.Diagnostics.Metrics;
using Creo.Application.Common.Telemetry;
using Hangfire;
using Hangfire.Storage.Monitoring;

namespace Creo.Infrastructure.Telemetry;

/// <summary>
/// The job queue as gauges on the <c>Creo</c> meter: jobs enqueued (waiting for a worker), processing and failed (kept
/// by Hangfire after their last retry). Read from Hangfire's monitoring API, one query per scrape at most every
/// <see cref="CacheFor"/>, so a scraper polling often costs the job store nothing more. The storage is reached only at
/// the first scrape: Hangfire's PostgreSQL storage installs its schema when it is made, and an instance refusing a
/// database whose migrations are behind must write nothing there.
/// </summary>
public sealed class JobQueueGauges
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly Lazy<JobStorage> storage;
    private readonly Lock gate = new();
    private StatisticsDto? cached;
    private long cachedAt;

    public JobQueueGauges(IMeterFactory meters, JobStorage storage)
        : this(meters, () => storage)
    {
    }

    public JobQueueGauges(IMeterFactory meters, Func<JobStorage> storage)
    {
        this.storage = new Lazy<JobStorage>(storage);
        var meter = meters.Create(CreoMetrics.MeterName);
        meter.CreateObservableGauge("creo.jobs.enqueued", () => Read().Enqueued, "{job}", "Jobs waiting in Hangfire's queues");
        meter.CreateObservableGauge("creo.jobs.processing", () => Read().Processing, "{job}", "Jobs a worker is running");
        meter.CreateObservableGauge("creo.jobs.failed", () => Read().Failed, "{job}", "Jobs failed after their last retry, kept for an operator");
    }

    private StatisticsDto Read()
    {
        lock (gate)
        {
            // The machine's monotonic clock, not the app's TimeProvider: this is a cache's age, not business time.
            if (cached is null || Stopwatch.GetElapsedTime(cachedAt) >= CacheFor)
            {
                cached = storage.Value.GetMonitoringApi().GetStatistics();
                cachedAt = Stopwatch.GetTimestamp();
            }

            return cached;
        }
    }
}
