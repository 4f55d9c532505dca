using System.Collections.Concurrent;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;

namespace Creo.Application.Tests.Generations;

/// <summary>Keeps what the use cases schedule, so a test runs each job itself, when it chooses, as often as it likes.</summary>
public sealed class RecordingJobScheduler : IJobScheduler
{
    public ConcurrentQueue<IJob> Enqueued { get; } = new();

    public ConcurrentQueue<(IJob Job, DateTimeOffset RunAt)> Scheduled { get; } = new();

    public string Enqueue<TJob>(TJob job)
        where TJob : IJob
    {
        Enqueued.Enqueue(job);
        return Guid.NewGuid().ToString("N");
    }

    public Task EnqueueWithCommandAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob
    {
        Enqueued.Enqueue(job);
        return Task.CompletedTask;
    }

    public string Schedule<TJob>(TJob job, DateTimeOffset runAt)
        where TJob : IJob
    {
        Scheduled.Enqueue((job, runAt));
        return Guid.NewGuid().ToString("N");
    }

    public ConcurrentQueue<(string Name, IJob Job, string Cron)> Recurring { get; } = new();

    public void AddOrUpdateRecurring<TJob>(string name, TJob job, string cron)
        where TJob : IJob =>
        Recurring.Enqueue((name, job, cron));

    /// <summary>
    /// The scheduler as one command's scope sees it: a job enqueued with the command is recorded once the command
    /// commits, and never if it rolls back, as the real scheduler stores it with the commit.
    /// </summary>
    public IJobScheduler For(IUnitOfWork unitOfWork) => new CommandScoped(this, unitOfWork);

    public IReadOnlyList<TJob> EnqueuedOf<TJob>() => [.. Enqueued.OfType<TJob>()];

    public IReadOnlyList<TJob> ScheduledOf<TJob>() => [.. Scheduled.Select(s => s.Job).OfType<TJob>()];

    private sealed class CommandScoped(RecordingJobScheduler recorder, IUnitOfWork unitOfWork) : IJobScheduler
    {
        public string Enqueue<TJob>(TJob job)
            where TJob : IJob =>
            recorder.Enqueue(job);

        public Task EnqueueWithCommandAsync<TJob>(TJob job, CancellationToken cancellationToken)
            where TJob : IJob
        {
            unitOfWork.AfterCommit(() => recorder.Enqueued.Enqueue(job));
            return Task.CompletedTask;
        }

        public string Schedule<TJob>(TJob job, DateTimeOffset runAt)
            where TJob : IJob =>
            recorder.Schedule(job, runAt);

        public void AddOrUpdateRecurring<TJob>(string name, TJob job, string cron)
            where TJob : IJob =>
            recorder.AddOrUpdateRecurring(name, job, cron);
    }
}
