namespace Creo.Application.Billing.Catalog;

/// <summary>A subscription tier on offer (<c>Billing__Plans__N__…</c>): monthly credits for a monthly price.</summary>
public sealed class BillingPlan
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The tier <c>/api/me</c> reports while the subscription is active.</summary>
    public string Tier { get; set; } = "";

    public long MonthlyCredits { get; set; }

    /// <summary>The payment provider's price id.</summary>
    public string PriceId { get; set; } = "";

    /// <summary>The price in the currency's minor unit (cents), shown to people; the provider's price is what is charged.</summary>
    public long Amount { get; set; }

    public string Currency { get; set; } = "usd";
}
