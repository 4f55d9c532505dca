namespace Creo.Testing;

/// <summary>
/// The plans and pack the test apps offer when payments are on, priced in the Stripe stand-in's terms: one plan per
/// tier (Creator 100 credits a month, Studio 600) and a pack of 100 credits.
/// </summary>
public static class StripePlans
{
    public const string CreatorPrice = "price_creator_monthly";
    public const string StudioPrice = "price_studio_monthly";
    public const string PackPrice = "price_pack_100";

    /// <summary>Points Crëo at <paramref name="stripe"/> and offers the plans and the pack.</summary>
    public static Dictionary<string, string?> WithStripe(this Dictionary<string, string?> settings, StripeStandIn stripe)
    {
        foreach (var (key, value) in stripe.Settings())
        {
            settings[key] = value;
        }

        settings["Billing:Plans:0:Id"] = "creator";
        settings["Billing:Plans:0:Name"] = "Creator";
        settings["Billing:Plans:0:Tier"] = "creator";
        settings["Billing:Plans:0:MonthlyCredits"] = "100";
        settings["Billing:Plans:0:PriceId"] = CreatorPrice;
        settings["Billing:Plans:0:Amount"] = "1200";
        settings["Billing:Plans:1:Id"] = "studio";
        settings["Billing:Plans:1:Name"] = "Studio";
        settings["Billing:Plans:1:Tier"] = "studio";
        settings["Billing:Plans:1:MonthlyCredits"] = "600";
        settings["Billing:Plans:1:PriceId"] = StudioPrice;
        settings["Billing:Plans:1:Amount"] = "4800";
        settings["Billing:Packs:0:Id"] = "pack-100";
        settings["Billing:Packs:0:Name"] = "100 credits";
        settings["Billing:Packs:0:Credits"] = "100";
        settings["Billing:Packs:0:PriceId"] = PackPrice;
        settings["Billing:Packs:0:Amount"] = "1500";
        return settings;
    }
}
