namespace Creo.Application.Privacy.RecordAnalyticsEvent;

internal sealed class RecordAnalyticsEventCommandHandler(IPrivacyData data, IPageViewCounter counter, TimeProvider clock)
    : ICommandHandler<RecordAnalyticsEventCommand, bool>
{
    public async ValueTask<bool> Handle(RecordAnalyticsEventCommand command, CancellationToken cancellationToken)
    {
        // Global Privacy Control wins over a consent given earlier, for every request that carries it.
        if (command.UserId is not { } userId || command.GlobalPrivacyControl)
        {
            return false;
        }

        if (await AnalyticsConsent.LatestAsync(data, userId, cancellationToken) is not { Granted: true })
        {
            return false;
        }

        await counter.IncrementAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), command.Page!, cancellationToken);
        return true;
    }
}
