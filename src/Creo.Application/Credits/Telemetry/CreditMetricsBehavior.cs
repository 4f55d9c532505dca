using Creo.Application.Common.Telemetry;
using Creo.Application.Credits.CaptureCreditHold;
using Creo.Application.Credits.GrantCredits;
using Creo.Application.Credits.GrantStarterCredits;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Credits.Telemetry;

/// <summary>
/// Counts credits granted (starter, bought, subscription) and spent (captured holds) from the commands that write
/// them, outside their handlers. Counted once the command's transaction commits, so a grant undone counts nothing.
/// </summary>
internal sealed class CreditMetricsBehavior<TMessage, TResponse>(CreoMetrics metrics, IUnitOfWork unitOfWork, IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        switch (message)
        {
            case GrantCreditsCommand grant when response is true:
                Count(grant.Amount, grant.Kind.ToString().ToLowerInvariant());
                break;
            case GrantStarterCreditsCommand starter:
                // Only a grant this command added is in the change tracker; one from an earlier send is not.
                var sourceKey = CreditSourceKeys.StarterGrantOf(starter.UserId);
                var added = services.GetRequiredService<ICreditsData>().CreditEntries.Local.FirstOrDefault(e => e.SourceKey == sourceKey);
                if (added is not null)
                {
                    Count(added.Amount, "starter");
                }

                break;
            case CaptureCreditHoldCommand capture when response is true:
                // The capture itself is 0; the hold took the credits and is what they cost.
                var hold = await HoldSettlement.FindHoldAsync(services.GetRequiredService<ICreditsData>(), capture.HoldKey, cancellationToken);
                var spent = -(hold?.Amount ?? 0);
                unitOfWork.AfterCommit(() => metrics.CreditsSpent(spent));
                break;
        }

        return response;
    }

    private void Count(long amount, string kind) => unitOfWork.AfterCommit(() => metrics.CreditsGranted(amount, kind));
}
