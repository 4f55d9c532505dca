using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Creo.Application.Billing.ReconcilePayments;
using Creo.Application.Common.Jobs;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Billing;

/// <summary>Billing over HTTP with the real Stripe client talking to the Stripe stand-in.</summary>
public sealed class BillingApiTests(BillingApp app) : IClassFixture<BillingApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Plans_and_packs_are_offered_with_prices_and_the_subscription_credits_rule()
    {
        var plans = await app.Http.GetFromJsonAsync<JsonElement>("/api/billing/plans", Cancel);

        Assert.True(plans.GetProperty("configured").GetBoolean());
        Assert.Equal(["creator", "studio"], plans.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(1500, plans.GetProperty("packs")[0].GetProperty("amount").GetInt64());
        Assert.Contains("lapses", plans.GetProperty("subscriptionCreditsRule").GetString());
    }

    [Fact]
    public async Task The_billing_pages_forms_may_lead_to_stripes_own_hosts_only_even_when_the_api_base_points_elsewhere()
    {
        // This app's Stripe__ApiBase is the stand-in's loopback address; a form target taken from it would let a
        // misconfigured (or test) setting open the page's forms to any host.
        var user = await app.NewPersonAsync();
        using var response = await user.GetAsync("/billing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var formAction = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("form-action ", StringComparison.Ordinal));
        Assert.Equal("form-action 'self' https://checkout.stripe.com https://billing.stripe.com", formAction);
        Assert.DoesNotContain(app.Stripe.BaseAddress.Authority, policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkout_makes_one_customer_from_email_name_and_id_and_no_prompt_ever_reaches_stripe()
    {
        var canary = $"canary-{Guid.NewGuid():N}";
        var user = await app.NewPersonAsync();
        var generation = await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = canary, parameters = new { width = 256, height = 256 } });
        await StudioApp.WaitUntilFinishedAsync(user, generation.GetProperty("id").GetString()!);
        var before = app.Stripe.Received.Count;

        var pack = await CheckoutAsync(user, new { packId = "pack-100" });
        var plan = await CheckoutAsync(user, new { planId = "creator" });

        Assert.StartsWith(app.Stripe.BaseAddress.ToString(), pack);
        Assert.StartsWith(app.Stripe.BaseAddress.ToString(), plan);
        var sent = app.Stripe.Received.Skip(before).ToList();
        var customer = Assert.Single(sent, r => r.Path == "/v1/customers");
        Assert.All(customer.Form.Keys, key => Assert.Contains(key, new[] { "email", "name", "metadata[creo_user_id]" }));
        Assert.Contains("email", customer.Form.Keys);
        Assert.All(app.Stripe.Received, request => Assert.DoesNotContain(canary, request.Body + request.Query, StringComparison.Ordinal));
        Assert.Equal(2, sent.Count(r => r.Path == "/v1/checkout/sessions"));
    }

    [Fact]
    public async Task A_paid_pack_checkout_grants_once_however_often_its_webhook_arrives()
    {
        var user = await app.NewPersonAsync();
        await CheckoutAsync(user, new { packId = "pack-100" });
        var completed = app.Stripe.CheckoutCompletedEvent(app.Stripe.LastCheckout!);

        Assert.Equal(HttpStatusCode.OK, await app.DeliverAsync(completed));
        Assert.Equal(HttpStatusCode.OK, await app.DeliverAsync(completed));
        await app.WaitUntilAppliedAsync(JsonNode.Parse(completed)!["id"]!.GetValue<string>());

        Assert.Equal(StudioApp.StarterGrant + 100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task The_same_paid_invoice_under_two_event_ids_grants_once_and_is_listed_once()
    {
        var user = await app.NewPersonAsync();
        await CheckoutAsync(user, new { planId = "creator" });
        var customer = app.Stripe.LastCheckout!.CustomerId!;
        var invoiceId = $"in_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;

        await app.DeliverAsync(app.Stripe.InvoicePaidEvent(invoiceId, customer, "sub_x", BillingApp.CreatorPrice, 1200, now, now.AddMonths(1)));
        await app.DeliverAsync(app.Stripe.InvoicePaidEvent(invoiceId, customer, "sub_x", BillingApp.CreatorPrice, 1200, now, now.AddMonths(1)));
        await app.WaitUntilAppliedAsync(invoiceId, expectedEvents: 2);

        var invoices = await user.GetJsonAsync<JsonElement>("/api/billing/invoices");
        var invoice = Assert.Single(invoices.EnumerateArray());
        Assert.Equal(("paid", 1200L), (invoice.GetProperty("status").GetString(), invoice.GetProperty("amountPaid").GetInt64()));
        Assert.False(string.IsNullOrEmpty(invoice.GetProperty("currency").GetString()));
        Assert.Equal(StudioApp.StarterGrant + 100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task A_forged_or_stale_signature_gets_400_and_writes_nothing()
    {
        var payload = app.Stripe.CustomEvent("customer.updated", new JsonObject { ["id"] = "cus_nobody", ["object"] = "customer" }, eventId: $"evt_{Guid.NewGuid():N}");
        var eventId = JsonNode.Parse(payload)!["id"]!.GetValue<string>();

        var forged = await app.DeliverAsync(payload, app.Stripe.Sign(payload, secret: "whsec_not_ours"));
        var stale = await app.DeliverAsync(payload, app.Stripe.Sign(payload, timestamp: DateTimeOffset.UtcNow.AddMinutes(-6)));
        var unsigned = await app.DeliverAsync(payload, signature: "");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (forged, stale, unsigned));
        await using var db = app.Database.CreateContext();
        Assert.False(await db.PaymentEvents.AnyAsync(e => e.EventId == eventId, Cancel));
    }

    [Fact]
    public async Task A_subscription_downgraded_by_a_late_older_event_stays_at_its_newest_state()
    {
        var user = await app.NewPersonAsync();
        await CheckoutAsync(user, new { planId = "studio" });
        var customer = app.Stripe.LastCheckout!.CustomerId!;
        var subscription = $"sub_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;

        await app.DeliverAsync(app.Stripe.SubscriptionUpdatedEvent(subscription, customer, BillingApp.StudioPrice, "active", now, now.AddMonths(1), created: now));
        await WaitForTierAsync(user, "studio");
        await app.DeliverAsync(app.Stripe.SubscriptionUpdatedEvent(subscription, customer, BillingApp.CreatorPrice, "active", now, now.AddMonths(1), created: now.AddMinutes(-10)));
        await app.WaitUntilAppliedAsync(subscription, expectedEvents: 2);

        var status = await user.GetJsonAsync<JsonElement>("/api/billing/subscription");
        Assert.Equal("studio", status.GetProperty("subscription").GetProperty("planId").GetString());
        Assert.Equal("studio", (await user.GetJsonAsync<JsonElement>("/api/me")).GetProperty("tier").GetString());
    }

    [Fact]
    public async Task A_subscription_status_stripe_never_taught_us_is_kept_as_unknown_and_grants_nothing()
    {
        var user = await app.NewPersonAsync();
        await CheckoutAsync(user, new { planId = "studio" });
        var customer = app.Stripe.LastCheckout!.CustomerId!;
        var subscription = $"sub_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;

        // A status Stripe may add one day (longer than any we know): applying it must neither fail nor open the plan.
        await app.DeliverAndWaitUntilAppliedAsync(app.Stripe.SubscriptionUpdatedEvent(
            subscription, customer, BillingApp.StudioPrice, "awaiting_a_review_stripe_added_later", now, now.AddMonths(1), created: now));

        var status = await user.GetJsonAsync<JsonElement>("/api/billing/subscription");
        Assert.Equal("unknown", status.GetProperty("subscription").GetProperty("status").GetString());
        Assert.Equal("free", (await user.GetJsonAsync<JsonElement>("/api/me")).GetProperty("tier").GetString());
    }

    [Fact]
    public async Task A_refund_after_partial_spend_takes_back_only_the_unspent_credits()
    {
        var user = await app.NewPersonAsync();
        await CheckoutAsync(user, new { packId = "pack-100" });
        var completed = app.Stripe.CheckoutCompletedEvent(app.Stripe.LastCheckout!);
        var paymentIntent = JsonNode.Parse(completed)!["data"]!["object"]!["payment_intent"]!.GetValue<string>();
        await app.DeliverAsync(completed);
        await BillingApp.WaitForBalanceAsync(user, StudioApp.StarterGrant + 100);

        // Spend 12 of the 105 credits (a 2048² sketch costs 6): the refund of the 100 bought can take back only 93.
        await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "spend", parameters = new { width = 2048, height = 2048 } });
        await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "spend", parameters = new { width = 2048, height = 2048 } });

        await app.DeliverAsync(app.Stripe.ChargeRefundedEvent($"ch_{Guid.NewGuid():N}", app.Stripe.LastCheckout!.CustomerId!, paymentIntent, 1500, 1500));
        await BillingApp.WaitForBalanceAsync(user, 0);
        var takeBack = (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("entries").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "adjustment");
        Assert.Equal(-93, takeBack.GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task A_refunded_subscription_invoice_takes_back_its_unspent_credits()
    {
        var user = await app.NewPersonAsync();
        await CheckoutAsync(user, new { planId = "creator" });
        var customer = app.Stripe.LastCheckout!.CustomerId!;
        var invoiceId = $"in_{Guid.NewGuid():N}";
        var paymentIntent = $"pi_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        await app.DeliverAsync(app.Stripe.InvoicePaidEvent(invoiceId, customer, "sub_r", BillingApp.CreatorPrice, 1200, now, now.AddMonths(1), paymentIntentId: paymentIntent));
        await BillingApp.WaitForBalanceAsync(user, StudioApp.StarterGrant + 100);

        await app.DeliverAsync(app.Stripe.ChargeRefundedEvent($"ch_{Guid.NewGuid():N}", customer, paymentIntent, 1200, 600));

        await BillingApp.WaitForBalanceAsync(user, StudioApp.StarterGrant + 50);
    }

    [Fact]
    public async Task A_webhook_that_never_came_is_applied_by_reconciliation()
    {
        var user = await app.NewPersonAsync();
        await CheckoutAsync(user, new { packId = "pack-100" });
        app.Stripe.CheckoutCompletedEvent(app.Stripe.LastCheckout!);

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IJobHandler<ReconcilePaymentsJob>>().RunAsync(new ReconcilePaymentsJob(), Cancel);
        }

        await BillingApp.WaitForBalanceAsync(user, StudioApp.StarterGrant + 100);
    }

    [Fact]
    public async Task The_portal_opens_for_a_customer_and_is_refused_to_someone_who_never_bought()
    {
        var buyer = await app.NewPersonAsync();
        var stranger = await app.NewPersonAsync();
        await CheckoutAsync(buyer, new { packId = "pack-100" });

        using var portal = await buyer.SendAsync(HttpMethod.Post, "/api/billing/portal");
        using var none = await stranger.SendAsync(HttpMethod.Post, "/api/billing/portal");

        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.StartsWith(app.Stripe.BaseAddress.ToString(), JsonDocument.Parse(await portal.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
    }

    [Fact]
    public async Task A_checkout_names_exactly_one_plan_or_pack()
    {
        var user = await app.NewPersonAsync();

        using var both = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { planId = "creator", packId = "pack-100" });
        using var unknown = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { planId = "platinum" });

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private static async Task<string> CheckoutAsync(SignedInUser user, object body)
    {
        using var response = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", body);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("url").GetString()!;
    }

    private static Task WaitForTierAsync(SignedInUser user, string tier) =>
        Eventually.UntilAsync(
            async () => (await user.GetJsonAsync<JsonElement>("/api/me")).GetProperty("tier").GetString(),
            current => current == tier,
            current => $"The tier stayed {current}, expected {tier}.");
}
