namespace Creo.Application.Common.Jobs;

/// <summary>How the application asks for background work without knowing the job system (Hangfire) behind it.</summary>
public interface IJobScheduler
{
    /// <summary>Runs the job as soon as a worker is free; returns the job system's id for it.</summary>
    string Enqueue<TJob>(TJob job)
        where TJob : IJob;

    /// <summary>Runs the job once, no earlier than <paramref name="runAt"/>.</summary>
    string Schedule<TJob>(TJob job, DateTimeOffset runAt)
        where TJob : IJob;

    /// <summary>Runs the job on a cron schedule under a stable name (the operators see that name on the dashboard).</summary>
    void AddOrUpdateRecurring<TJob>(string name, TJob job, string cron)
        where TJob : IJob;
}
