using System.Net;
using System.Text;
using Creo.Testing;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Crëo with payments set up against the local Stripe stand-in: one plan per tier and one credit pack. The test
/// plays Stripe's part after checkout by delivering the signed webhooks Stripe would send.
/// </summary>
public sealed class BrowserAppWithStripe(Chromium chromium) : BrowserApp(chromium)
{
    public const string CreatorPrice = StripePlans.CreatorPrice;
    public const string StudioPrice = StripePlans.StudioPrice;
    public const string PackPrice = StripePlans.PackPrice;

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

    protected override void Configure(Dictionary<string, string?> settings) => settings.WithStripe(Stripe);
}
