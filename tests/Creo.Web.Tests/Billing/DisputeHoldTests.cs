using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Billing;

/// <summary>
/// Issue 14, item 10: "buy with a stolen card, generate, charge back". A dispute opened on a payment
/// (<c>charge.dispute.created</c>, a signed webhook through the Stripe stand-in) stops new generations and purchases
/// for that account, says why, and lasts until support has reviewed it and lifts the hold (audited).
/// </summary>
public abstract class DisputeHoldTests<TApp>(TApp app)
    where TApp : BillingApp
{
    private const string Reason = "Ticket 9001: reviewed with the bank, the payment was the person's own";
    private static readonly object Sketch = new { modelId = "local-sketch", prompt = "a lighthouse", parameters = new { width = 256, height = 256 } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dispute_stops_generations_and_checkouts_until_support_lifts_the_hold()
    {
        var (user, userId, dispute) = await DisputedBuyerAsync();
        var entriesBefore = await LedgerEntriesAsync(user);

        using (var refused = await user.SendAsync(HttpMethod.Post, "/api/generations", Sketch))
        {
            await AssertDisputeProblemAsync(refused);
        }

        using (var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { packId = "pack-100" }))
        {
            await AssertDisputeProblemAsync(checkout);
        }

        Assert.Equal(0, await GenerationsOfAsync(userId));
        Assert.Equal(entriesBefore, await LedgerEntriesAsync(user));
        Assert.Contains("disputed", await PageAsync(user, "/studio"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("disputed", await PageAsync(user, "/billing"), StringComparison.OrdinalIgnoreCase);

        // The person cannot lift their own hold; support can, with a reason, and the act is audited.
        using (var self = await user.SendAsync(HttpMethod.Post, $"/api/admin/users/{userId}/lift-dispute-hold", new { reason = Reason }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        }

        var admin = await app.NewPersonAsync(BillingApp.AdminEmail);
        using (var opened = await admin.SendContentAsync(
            HttpMethod.Post, $"/admin/users/{userId}?handler=Open",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = Reason, ["__RequestVerificationToken"] = admin.CsrfToken! })))
        {
            Assert.Contains("Lift the dispute hold", await opened.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        using (var noReason = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{userId}/lift-dispute-hold", new { reason = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using (var lifted = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{userId}/lift-dispute-hold", new { reason = Reason }))
        {
            Assert.Equal(HttpStatusCode.NoContent, lifted.StatusCode);
        }

        var audit = await admin.GetJsonAsync<JsonElement>("/api/admin/audit-log");
        Assert.Contains(audit.EnumerateArray(), entry => entry.GetProperty("action").GetString() == "lift-dispute-hold" && entry.GetProperty("reason").GetString() == Reason);
        Assert.DoesNotContain("disputed", await PageAsync(user, "/studio"), StringComparison.OrdinalIgnoreCase);
        await StudioApp.SubmitAsync(user, Sketch);
        using (var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { packId = "pack-100" }))
        {
            Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        }

        // The same dispute delivered again, also under a new event id, does not hold the account a second time.
        Assert.Equal(HttpStatusCode.OK, await app.DeliverAsync(dispute));
        await app.DeliverAndWaitUntilAppliedAsync(app.Stripe.DisputeCreatedEvent(
            DisputeIdOf(dispute), $"ch_{Guid.NewGuid():N}", PaymentIntentOf(dispute), 1500));
        await StudioApp.SubmitAsync(user, Sketch);
    }

    [Fact]
    public async Task A_dispute_delivered_twice_holds_once_and_the_hold_shows_in_the_problem_on_every_try()
    {
        var (user, userId, dispute) = await DisputedBuyerAsync();

        Assert.Equal(HttpStatusCode.OK, await app.DeliverAsync(dispute));
        using var first = await user.SendAsync(HttpMethod.Post, "/api/generations", Sketch);
        using var second = await user.SendAsync(HttpMethod.Post, "/api/generations", Sketch);

        await AssertDisputeProblemAsync(first);
        await AssertDisputeProblemAsync(second);
        Assert.Equal(0, await GenerationsOfAsync(userId));
        await using var db = app.Database.CreateContext();
        Assert.Single(await db.PaymentReversals.Where(r => r.ReversalId == DisputeIdOf(dispute)).ToListAsync(Cancel));
    }

    /// <summary>A person who bought a pack, whose payment has just been disputed; returns the dispute's payload.</summary>
    private async Task<(SignedInUser User, Guid UserId, string Dispute)> DisputedBuyerAsync()
    {
        var user = await app.NewPersonAsync();
        using (var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { packId = "pack-100" }))
        {
            Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        }

        var completed = app.Stripe.CheckoutCompletedEvent(app.Stripe.LastCheckout!);
        await app.DeliverAndWaitUntilAppliedAsync(completed);
        var paymentIntent = JsonNode.Parse(completed)!["data"]!["object"]!["payment_intent"]!.GetValue<string>();
        var dispute = app.Stripe.DisputeCreatedEvent($"dp_{Guid.NewGuid():N}", $"ch_{Guid.NewGuid():N}", paymentIntent, 1500);
        await app.DeliverAndWaitUntilAppliedAsync(dispute);
        return (user, await user.IdAsync(), dispute);
    }

    private static async Task AssertDisputeProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"Expected 403, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.EndsWith("/payment-disputed", problem.GetProperty("type").GetString());
        Assert.Contains("dispute", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<int> GenerationsOfAsync(Guid userId)
    {
        await using var db = app.Database.CreateContext();
        return await db.Generations.CountAsync(g => g.UserId == userId, Cancel);
    }

    private static async Task<int> LedgerEntriesAsync(SignedInUser user) =>
        (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("entries").GetArrayLength();

    private static async Task<string> PageAsync(SignedInUser user, string path)
    {
        using var response = await user.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static string DisputeIdOf(string payload) => JsonNode.Parse(payload)!["data"]!["object"]!["id"]!.GetValue<string>();

    private static string PaymentIntentOf(string payload) => JsonNode.Parse(payload)!["data"]!["object"]!["payment_intent"]!.GetValue<string>();
}

public sealed class PostgresDisputeHoldTests(BillingApp app) : DisputeHoldTests<BillingApp>(app), IClassFixture<BillingApp>;

public sealed class EmbeddedDisputeHoldTests(EmbeddedBillingApp app) : DisputeHoldTests<EmbeddedBillingApp>(app), IClassFixture<EmbeddedBillingApp>;
