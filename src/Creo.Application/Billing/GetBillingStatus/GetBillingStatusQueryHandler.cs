using Creo.Application.Billing.GetTier;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Billing.GetBillingStatus;

internal sealed class GetBillingStatusQueryHandler(IBillingData data, IMediator mediator, IOptions<BillingOptions> options)
    : IQueryHandler<GetBillingStatusQuery, BillingStatusDto>
{
    public async ValueTask<BillingStatusDto> Handle(GetBillingStatusQuery query, CancellationToken cancellationToken)
    {
        var subscription = await data.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == query.UserId)
            .OrderByDescending(s => s.StateAt)
            .FirstOrDefaultAsync(cancellationToken);
        var tier = await mediator.Send(new GetTierQuery(query.UserId), cancellationToken);
        var hasAccount = await data.BillingCustomers.AsNoTracking().AnyAsync(c => c.UserId == query.UserId, cancellationToken);
        // Not Mapster: the plan's name comes from the configured catalogue and the status is named by SubscriptionStatusNames.
        var dto = subscription is null
            ? null
            : new SubscriptionDto(
                subscription.PlanId, options.Value.FindPlan(subscription.PlanId)?.Name, SubscriptionStatusNames.Of(subscription.Status),
                subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, subscription.CancelAtPeriodEnd);
        return new BillingStatusDto(options.Value.Enabled, tier, dto, CreditRules.SubscriptionCredits, hasAccount);
    }
}
