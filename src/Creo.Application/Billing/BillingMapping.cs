using Creo.Application.Billing.Catalog;
using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Billing.ListInvoices;
using Mapster;

namespace Creo.Application.Billing;

/// <summary>The billing module's plain projections.</summary>
internal sealed class BillingMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Invoice, InvoiceDto>();
        // Every plan renews monthly; the interval is there so clients need not assume it.
        config.NewConfig<BillingPlan, PlanDto>().Map(d => d.Interval, _ => "month");
        config.NewConfig<CreditPack, PackDto>();
    }
}
