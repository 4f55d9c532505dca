namespace Creo.Application.Privacy.PurgeExpiredExports;

/// <summary>
/// Removes the archives of exports past their download period, gives up builds that stalled, and deletes export
/// records a month after they ended.
/// </summary>
public sealed record PurgeExpiredExportsJob : IJob
{
    public const string RecurringName = "Remove expired data exports from storage and old export records";

    /// <summary>An ended export stays listed this long, so the privacy center can still say it expired or failed.</summary>
    public static readonly TimeSpan RecordGrace = TimeSpan.FromDays(30);

    /// <summary>A build still queued or running this long after it was asked for lost its job; the person may ask again.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromHours(6);
}
