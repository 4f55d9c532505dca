
namespace Creo.Application.Privacy.GetAnalyticsChoice;

internal sealed class GetAnalyticsChoiceQueryHandler(IPrivacyData data) : IQueryHandler<GetAnalyticsChoiceQuery, AnalyticsChoiceDto>
{
    public async ValueTask<AnalyticsChoiceDto> Handle(GetAnalyticsChoiceQuery query, CancellationToken cancellationToken) =>
        await AnalyticsConsent.LatestAsync(data, query.UserId, cancellationToken) is { } latest
            ? new AnalyticsChoiceDto(true, latest.Granted)
            : new AnalyticsChoiceDto(false, false);
}
