using System.Net;
using System.Text;
using System.Text.Json;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Billing;

/// <summary>
/// Crëo with Stripe configured against the local stand-in (production's shape: PostgreSQL, Hangfire on
/// PostgreSQL), one plan per tier and one credit pack.
/// </summary>
public sealed class BillingApp() : StudioApp(DatabaseProvider.Postgres)
{
    public const string CreatorPrice = "price_creator_monthly";
    public const string StudioPrice = "price_studio_monthly";
    public const string PackPrice = "price_pack_100";

    public StripeStandIn Stripe { get; private set; } = null!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>Posts a payload to the webhook as Stripe would, signed unless told otherwise.</summary>
    public Task<HttpStatusCode> DeliverAsync(string payload, string? signature = null) => DeliverAsync(Http, Stripe, payload, signature);

    public static async Task<HttpStatusCode> DeliverAsync(HttpClient http, StripeStandIn stripe, string payload, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/stripe-webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? stripe.Sign(payload));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>Waits for the apply job: polls the balance until <paramref name="expected"/> (or fails after 30 s).</summary>
    public static Task WaitForBalanceAsync(SignedInUser user, long expected) =>
        Eventually.UntilAsync(
            async () => (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64(),
            balance => balance == expected,
            balance => $"The balance stayed {balance}, expected {expected}.");

    protected override async Task BeforeStartAsync() => Stripe = await StripeStandIn.StartAsync();

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        WithStripe(settings, Stripe);
    }

    /// <summary>Points Crëo at <paramref name="stripe"/> and offers one plan per tier and one credit pack.</summary>
    public static void WithStripe(Dictionary<string, string?> settings, StripeStandIn stripe)
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
    }
}
