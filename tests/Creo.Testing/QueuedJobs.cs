using Creo.Application.Common.Jobs;
using Hangfire;
using Hangfire.Storage.Monitoring;

namespace Creo.Testing;

/// <summary>
/// The jobs of one kind that Hangfire holds in any state (enqueued, scheduled, processing, succeeded, failed), read from
/// its monitoring API. Enqueueing is synchronous, so right after a handler returns this tells what it decided to run:
/// a test of "nothing was started" reads the decision instead of sleeping and hoping nothing happens.
/// </summary>
public static class QueuedJobs
{
    public static IReadOnlyList<TJob> Of<TJob>(JobStorage storage)
        where TJob : IJob
    {
        var monitoring = storage.GetMonitoringApi();
        var jobs = monitoring.Queues().SelectMany(queue => monitoring.EnqueuedJobs(queue.Name, 0, int.MaxValue).Select(j => j.Value.Job))
            .Concat(monitoring.ScheduledJobs(0, int.MaxValue).Select(j => j.Value.Job))
            .Concat(monitoring.ProcessingJobs(0, int.MaxValue).Select(j => j.Value.Job))
            .Concat(monitoring.SucceededJobs(0, int.MaxValue).Select(j => j.Value.Job))
            .Concat(monitoring.FailedJobs(0, int.MaxValue).Select(j => j.Value.Job));
        return [.. jobs.SelectMany(job => job?.Args ?? []).OfType<TJob>()];
    }
}
