using Creo.Application.Billing.Contracts;

namespace Creo.Application.Billing.GetTier;

internal sealed class GetTierQueryHandler(IBillingData data, IOptions<BillingOptions> options) : IQueryHandler<GetTierQuery, string>
{
    public const string Free = "free";

    public async ValueTask<string> Handle(GetTierQuery query, CancellationToken cancellationToken)
    {
        var plans = await data.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == query.UserId && Subscription.AccessStatuses.Contains(s.Status))
            .Select(s => s.PlanId)
            .ToListAsync(cancellationToken);
        return plans.Select(options.Value.FindPlan).FirstOrDefault(p => p is not null)?.Tier ?? Free;
    }
}
