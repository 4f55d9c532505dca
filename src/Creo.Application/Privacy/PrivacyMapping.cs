using Creo.Application.Privacy.Contracts;
using Creo.Application.Privacy.GetDailyAnalytics;
using Mapster;

namespace Creo.Application.Privacy;

/// <summary>The privacy module's plain projections; <see cref="DataExportMapper"/> and <see cref="DeskRequestMapper"/> stay hand-written.</summary>
internal sealed class PrivacyMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<PolicyVersion, PolicyVersionDto>();
        config.NewConfig<DailyUsage, DailyUsageDto>();
        config.NewConfig<DailyPageViews, DailyPageViewsDto>();
        config.NewConfig<PrivacyRequest, PrivacyRequestDto>()
            .Map(d => d.Type, s => KebabNames.Of(s.Type))
            // CompletedAt rather than IsOpen (the same rule), because an unmapped property cannot be read in SQL.
            .Map(d => d.Status, s => s.CompletedAt == null ? "open" : "completed");
    }
}
