namespace Creo.Application.Privacy.GetDailyAnalytics;

public sealed record DailyAnalyticsDto(IReadOnlyList<DailyUsageDto> Usage, IReadOnlyList<DailyPageViewsDto> PageViews);
