using System.Collections.Concurrent;
using Creo.Application.Common.Jobs;
using Creo.Testing;

namespace Creo.Infrastructure.Tests.Jobs;

/// <summary>A job that only records that it ran, to observe the scheduler and dispatcher from outside.</summary>
public sealed record RecordingJob(Guid ItemId) : IJob;

public sealed class RecordingJobHandler(JobRecorder recorder) : IJobHandler<RecordingJob>
{
    public Task RunAsync(RecordingJob job, CancellationToken cancellationToken)
    {
        recorder.Record(job.ItemId);
        return Task.CompletedTask;
    }
}

public sealed class JobRecorder
{
    private readonly ConcurrentDictionary<Guid, int> runs = new();

    public int RunsOf(Guid id) => runs.GetValueOrDefault(id);

    public void Record(Guid id) => runs.AddOrUpdate(id, 1, (_, count) => count + 1);

    public Task WaitForAsync(Guid id) =>
        Eventually.UntilAsync(() => Task.FromResult(RunsOf(id)), runs => runs > 0, _ => $"The job for {id} did not run.");
}
