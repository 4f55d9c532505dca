namespace Creo.Application.Privacy.GetDailyAnalytics;

/// <summary>The anonymised daily aggregates (usage and page views) of the UTC days from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
public sealed record GetDailyAnalyticsQuery(DateOnly From, DateOnly To) : IQuery<DailyAnalyticsDto>;
