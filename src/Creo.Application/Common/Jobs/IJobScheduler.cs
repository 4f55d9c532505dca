namespace Creo.Application.Common.Jobs;

/// <summary>How the application asks for background work without knowing the job system (Hangfire) behind it.</summary>
public interface IJobScheduler
{
    /// <summary>Runs the job as soon as a worker is free; returns the job system's id for it.</summary>
    string Enqueue<TJob>(TJob job)
        where TJob : IJob;

    /// <summary>
    /// Runs the job as soon as a worker is free, enqueued as part of the current command: where the job store is the
    /// command's own database (PostgreSQL job storage) the job's rows are written in the command's transaction, so the
    /// job and the rows it reads commit together or not at all; elsewhere (the in-memory job store) it is enqueued once
    /// the command has committed, and a crash in between loses it (ReconcileGenerations re-runs such a generation).
    /// </summary>
    Task EnqueueWithCommandAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob;

    /// <summary>Runs the job once, no earlier than <paramref name="runAt"/>.</summary>
    string Schedule<TJob>(TJob job, DateTimeOffset runAt)
        where TJob : IJob;

    /// <summary>Runs the job on a cron schedule under a stable name (the operators see that name on the dashboard).</summary>
    void AddOrUpdateRecurring<TJob>(string name, TJob job, string cron)
        where TJob : IJob;
}
