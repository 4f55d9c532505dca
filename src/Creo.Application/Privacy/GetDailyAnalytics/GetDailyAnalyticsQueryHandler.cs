using Mapster;

namespace Creo.Application.Privacy.GetDailyAnalytics;

internal sealed class GetDailyAnalyticsQueryHandler(IPrivacyData data, TypeAdapterConfig mapping) : IQueryHandler<GetDailyAnalyticsQuery, DailyAnalyticsDto>
{
    public async ValueTask<DailyAnalyticsDto> Handle(GetDailyAnalyticsQuery query, CancellationToken cancellationToken)
    {
        var usage = await data.DailyUsage.AsNoTracking()
            .Where(u => u.Day >= query.From && u.Day <= query.To)
            .OrderBy(u => u.Day).ThenBy(u => u.ModelId).ThenBy(u => u.Tier)
            .ProjectToType<DailyUsageDto>(mapping)
            .ToListAsync(cancellationToken);
        var pageViews = await data.DailyPageViews.AsNoTracking()
            .Where(p => p.Day >= query.From && p.Day <= query.To)
            .OrderBy(p => p.Day).ThenBy(p => p.Page)
            .ProjectToType<DailyPageViewsDto>(mapping)
            .ToListAsync(cancellationToken);
        return new DailyAnalyticsDto(usage, pageViews);
    }
}
