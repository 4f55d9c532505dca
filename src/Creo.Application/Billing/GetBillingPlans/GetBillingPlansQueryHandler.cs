using Creo.Application.Credits.Contracts;
using Mapster;

namespace Creo.Application.Billing.GetBillingPlans;

internal sealed class GetBillingPlansQueryHandler(IOptions<BillingOptions> options, TypeAdapterConfig mapping) : IQueryHandler<GetBillingPlansQuery, BillingPlansDto>
{
    public ValueTask<BillingPlansDto> Handle(GetBillingPlansQuery query, CancellationToken cancellationToken)
    {
        var billing = options.Value;
        var result = billing.Enabled
            ? new BillingPlansDto(
                true,
                [.. billing.Plans.Select(p => p.Adapt<PlanDto>(mapping))],
                [.. billing.Packs.Select(p => p.Adapt<PackDto>(mapping))],
                CreditRules.SubscriptionCredits)
            : new BillingPlansDto(false, [], [], CreditRules.SubscriptionCredits);
        return ValueTask.FromResult(result);
    }
}
