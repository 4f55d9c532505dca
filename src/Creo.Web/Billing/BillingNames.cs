namespace Creo.Web.Billing;

/// <summary>Prices, subscription states and invoice states as people read them on the billing page.</summary>
public static class BillingNames
{
    // Stripe counts these currencies in whole units and these in thousandths; every other one in hundredths.
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.Ordinal)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> ThreeDecimal = new(StringComparer.Ordinal) { "BHD", "JOD", "KWD", "OMR", "TND" };

    /// <summary>Subscription states that still give the plan's tier (the domain's access states).</summary>
    private static readonly HashSet<string> Current = new(StringComparer.Ordinal) { "active", "trialing", "past_due" };

    /// <summary>
    /// "$12.00 USD" from 1200 and "usd": the amount in the currency's minor unit, written with its symbol where one is
    /// common and always with its code, since "$" alone could be any of several dollars.
    /// </summary>
    public static string Price(long minorUnits, string currency)
    {
        var code = currency.ToUpperInvariant();
        var digits = ZeroDecimal.Contains(code) ? 0 : ThreeDecimal.Contains(code) ? 3 : 2;
        var value = minorUnits / (decimal)Math.Pow(10, digits);
        var number = value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var symbol = code switch
        {
            "USD" or "CAD" or "AUD" or "NZD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            _ => null,
        };
        return symbol is null ? $"{number} {code}" : $"{symbol}{number} {code}";
    }

    /// <summary>Whether a subscription in this state still counts, so another cannot be started beside it.</summary>
    public static bool IsCurrent(string status) => Current.Contains(status);

    public static string SubscriptionStatus(string status) => status switch
    {
        "active" => "Active",
        "trialing" => "Trial",
        "past_due" => "Payment overdue",
        "unpaid" => "Unpaid",
        "incomplete" => "Waiting for the first payment",
        "incomplete_expired" => "First payment never arrived",
        "paused" => "Paused",
        "canceled" => "Ended",
        _ => "Unknown",
    };

    public static string SubscriptionStatusClass(string status) => status switch
    {
        "active" or "trialing" => "status status-ok",
        "past_due" or "unpaid" or "incomplete" => "status status-attention",
        _ => "status status-ended",
    };

    public static string InvoiceStatus(string status) => status switch
    {
        "paid" => "Paid",
        "open" => "Awaiting payment",
        "uncollectible" => "Not collected",
        "void" => "Voided",
        "draft" => "Draft",
        _ => "Unknown",
    };

    public static string InvoiceStatusClass(string status) => status switch
    {
        "paid" => "status status-ok",
        "open" or "uncollectible" => "status status-attention",
        _ => "status status-ended",
    };

    /// <summary>"Creator" for the tier "creator", and "Free" for everyone without a subscription.</summary>
    public static string Tier(string tier) =>
        tier.Length == 0 ? "Free" : char.ToUpperInvariant(tier[0]) + tier[1..];
}
