namespace Creo.Application.Privacy.BuildDailyUsage;

/// <summary>Rebuilds yesterday's and today's anonymised usage aggregates (idempotent: each run replaces both days).</summary>
public sealed record BuildDailyUsageJob : IJob
{
    public const string RecurringName = "Build the anonymised daily usage aggregates of yesterday and today";
}
