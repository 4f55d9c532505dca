namespace Creo.Application.Accounts.PurgeExpiredSessions;

/// <summary>Removes ended sessions, spent sign-in links, and security-log entries past the 30 days logs are kept.</summary>
public sealed record PurgeExpiredSessionsJob : IJob
{
    public const string RecurringName = "Remove ended sessions, old sign-in links and security-log entries older than 30 days";

    /// <summary>Ended sessions and links linger this long, so "signed out" and "link used" still read as such for a day.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    public static readonly TimeSpan SecurityLogRetention = TimeSpan.FromDays(30);
}
