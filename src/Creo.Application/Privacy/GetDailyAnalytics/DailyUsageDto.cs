namespace Creo.Application.Privacy.GetDailyAnalytics;

public sealed record DailyUsageDto(DateOnly Day, string ModelId, string Tier, int GenerationsSucceeded, int GenerationsFailed, long CreditsSpent);
