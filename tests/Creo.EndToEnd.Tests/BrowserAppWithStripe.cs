using System.Net;
using System.Text;
using Creo.Testing;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Crëo with payments set up against the local Stripe stand-in: one plan per tier and one credit pack. The test
/// plays Stripe's part after checkout by delivering the signed webhooks Stripe would send.
/// </summary>
public sealed class BrowserAppWithStripe : BrowserApp
{
    public const string CreatorPrice = "price_creator_monthly";
    public const string StudioPrice = "price_studio_monthly";
    public const string PackPrice = "price_pack_100";

    public StripeStandIn Stripe { get; private set; } = null!;

    /// <summary>Posts a payload to the webhook endpoint as Stripe would, signed at the app's own time.</summary>
    public async Task<HttpStatusCode> DeliverAsync(string payload)
    {
        using var http = App.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/stripe-webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", Stripe.Sign(payload, timestamp: App.Clock.GetUtcNow()));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    protected override async Task BeforeStartAsync() => Stripe = await StripeStandIn.StartAsync();

    protected override async ValueTask AfterStopAsync()
    {
        if (Stripe is not null)
        {
            await Stripe.DisposeAsync();
        }
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in Stripe.Settings())
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
    }
}
