using Creo.Application.Common.Settings;

namespace Creo.Infrastructure.Jobs;

/// <summary>Settings under <c>Jobs__…</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    [MinimumSetting("Jobs__WorkerCount", 1)]
    public int WorkerCount { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>
    /// How often PostgreSQL-backed workers look for new jobs; short, so a person waits little for their generation. A
    /// generation's run is written with its submission's transaction (PostgresJobRows), which wakes no worker: it is
    /// this poll that finds it.
    /// </summary>
    [DurationSetting("Jobs__QueuePollInterval")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the server moves due delayed jobs (the polls of running predictions) into the queue. Hangfire's
    /// 15 s default would add up to 15 s to each poll of a generation someone is watching.
    /// </summary>
    [DurationSetting("Jobs__SchedulePollInterval")]
    public TimeSpan SchedulePollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a job a worker has fetched from PostgreSQL stays invisible to every other worker. Hangfire.PostgreSql
    /// keeps a fetched job in its queue table until it ends; a job whose server died (killed, its machine gone) is
    /// fetched again by a surviving server once this has passed since the job was fetched or last renewed.
    /// Hangfire.PostgreSql's own default is 30 minutes, which left a crashed instance's jobs (exports, erasures, payment
    /// events; generation runs the reconciliation job re-runs sooner) waiting that long.
    /// Keep it above <c>Generation__ClaimLease</c>: a generation run that comes back then finds the dead worker's
    /// claim expired and runs, rather than standing back until the reconciliation job re-runs it.
    /// </summary>
    [DurationSetting("Jobs__InvisibilityTimeout")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// While a job runs, its server renews the job's invisibility every fifth of <see cref="InvisibilityTimeout"/>, so
    /// a job of any length is run once however short the timeout, and only a dead server's jobs come back. Off, a job
    /// still running when the timeout passes is fetched and run a second time by another worker.
    /// </summary>
    public bool SlidingInvisibilityTimeout { get; set; } = true;

    /// <summary>Lets tests and single-purpose processes run the web tier without a job server.</summary>
    public bool RunServer { get; set; } = true;
}
