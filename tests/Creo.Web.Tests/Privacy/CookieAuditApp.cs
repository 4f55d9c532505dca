using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// The studio with every feature that can set a cookie switched on: Google sign-in and Stripe billing, against their
/// local stand-ins.
/// </summary>
public sealed class CookieAuditApp() : StudioApp(DatabaseProvider.Sqlite)
{
    public GoogleStandIn Google { get; private set; } = null!;

    public StripeStandIn Stripe { get; private set; } = null!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Google.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    protected override async Task BeforeStartAsync()
    {
        Google = await GoogleStandIn.StartAsync();
        Stripe = await StripeStandIn.StartAsync();
    }

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        foreach (var (key, value) in Google.Settings().Concat(Stripe.Settings()))
        {
            settings[key] = value;
        }

        settings["Billing:Plans:0:Id"] = "creator";
        settings["Billing:Plans:0:Name"] = "Creator";
        settings["Billing:Plans:0:Tier"] = "creator";
        settings["Billing:Plans:0:MonthlyCredits"] = "100";
        settings["Billing:Plans:0:PriceId"] = "price_creator_monthly";
        settings["Billing:Plans:0:Amount"] = "1200";
    }
}
