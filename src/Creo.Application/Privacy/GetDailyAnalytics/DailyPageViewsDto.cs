namespace Creo.Application.Privacy.GetDailyAnalytics;

public sealed record DailyPageViewsDto(DateOnly Day, string Page, long Views);
