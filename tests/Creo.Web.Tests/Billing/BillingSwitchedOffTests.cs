using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Billing;

/// <summary>The embedded default has no Stripe keys: plans are hidden, buying says so, and the rest works.</summary>
public sealed class BillingSwitchedOffTests(EmbeddedStudioApp app) : IClassFixture<EmbeddedStudioApp>
{
    [Fact]
    public async Task Without_stripe_plans_are_hidden_buying_says_so_and_webhooks_are_not_there()
    {
        var user = await app.NewPersonAsync();

        var plans = await app.Http.GetFromJsonAsync<JsonElement>("/api/billing/plans", TestContext.Current.CancellationToken);
        using var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { packId = "pack-100" });
        using var webhook = await app.Http.PostAsync("/api/billing/stripe-webhook", new StringContent("{}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var status = await user.GetJsonAsync<JsonElement>("/api/billing/subscription");

        Assert.False(plans.GetProperty("configured").GetBoolean());
        Assert.Empty(plans.GetProperty("plans").EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, checkout.StatusCode);
        Assert.EndsWith("/billing-not-configured", JsonDocument.Parse(await checkout.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
        Assert.Equal(("free", JsonValueKind.Null), (status.GetProperty("tier").GetString(), status.GetProperty("subscription").ValueKind));
        Assert.Empty(await user.GetJsonAsync<JsonElement[]>("/api/billing/invoices"));
    }
}
