namespace Creo.Infrastructure.Jobs;

/// <summary>Settings under <c>Jobs__…</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    public int WorkerCount { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>How often PostgreSQL-backed workers look for new jobs; short, so a person waits little for their generation.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the server moves due delayed jobs (the polls of running predictions) into the queue. Hangfire's
    /// 15 s default would add up to 15 s to each poll of a generation someone is watching.
    /// </summary>
    public TimeSpan SchedulePollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Lets tests and single-purpose processes run the web tier without a job server.</summary>
    public bool RunServer { get; set; } = true;
}
