using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.ChooseAnalytics;

internal sealed class ChooseAnalyticsCommandHandler(IPrivacyData data, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ChooseAnalyticsCommand, bool>
{
    public const string Source = "cookie-banner";

    public async ValueTask<bool> Handle(ChooseAnalyticsCommand command, CancellationToken cancellationToken)
    {
        var granted = command.Analytics && !command.GlobalPrivacyControl;
        var latest = await AnalyticsConsent.LatestAsync(data, command.UserId, cancellationToken);

        // A banner answered twice (a double click, a second tab) is one decision, not two.
        if (latest is not null && latest.Granted == granted)
        {
            return granted;
        }

        var policy = await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken);
        var source = command.GlobalPrivacyControl ? "global-privacy-control" : Source;
        data.ConsentRecords.Add(ConsentRecord.Record(command.UserId, ConsentPurpose.Analytics, granted, policy.Version, source, clock.GetUtcNow()));
        return granted;
    }
}
