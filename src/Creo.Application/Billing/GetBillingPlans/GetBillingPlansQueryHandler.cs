using Creo.Application.Credits.Contracts;
using Mediator;
using Microsoft.Extensions.Options;

namespace Creo.Application.Billing.GetBillingPlans;

internal sealed class GetBillingPlansQueryHandler(IOptions<BillingOptions> options) : IQueryHandler<GetBillingPlansQuery, BillingPlansDto>
{
    public ValueTask<BillingPlansDto> Handle(GetBillingPlansQuery query, CancellationToken cancellationToken)
    {
        var billing = options.Value;
        var result = billing.Enabled
            ? new BillingPlansDto(
                true,
                [.. billing.Plans.Select(p => new PlanDto(p.Id, p.Name, p.Tier, p.MonthlyCredits, p.Amount, p.Currency, "month"))],
                [.. billing.Packs.Select(p => new PackDto(p.Id, p.Name, p.Credits, p.Amount, p.Currency))],
                CreditRules.SubscriptionCredits)
            : new BillingPlansDto(false, [], [], CreditRules.SubscriptionCredits);
        return ValueTask.FromResult(result);
    }
}
