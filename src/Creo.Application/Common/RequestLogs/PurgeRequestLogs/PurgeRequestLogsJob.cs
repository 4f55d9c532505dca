namespace Creo.Application.Common.RequestLogs.PurgeRequestLogs;

/// <summary>Removes request log entries older than 30 days (policy section 06: logs are kept up to 30 days).</summary>
public sealed record PurgeRequestLogsJob : IJob
{
    public const string RecurringName = "Purge request logs older than 30 days";

    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);
}
