using Creo.Application.Billing.Catalog;

namespace Creo.Application.Billing;

/// <summary>What is on sale. Billing is enabled only when the payment provider is configured (set by Infrastructure).</summary>
public sealed class BillingOptions
{
    public const string Section = "Billing";

    public bool Enabled { get; set; }

    public List<BillingPlan> Plans { get; set; } = [];

    public List<CreditPack> Packs { get; set; } = [];

    public BillingPlan? FindPlan(string? id) => Plans.FirstOrDefault(p => p.Id == id);

    public BillingPlan? PlanByPrice(string? priceId) => priceId is null ? null : Plans.FirstOrDefault(p => p.PriceId == priceId);

    public CreditPack? FindPack(string? id) => Packs.FirstOrDefault(p => p.Id == id);
}
