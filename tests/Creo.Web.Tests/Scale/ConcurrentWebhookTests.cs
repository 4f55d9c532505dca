using System.Net;
using System.Text.Json;
using Creo.Domain.Credits;
using Creo.Testing;
using Creo.Web.Tests.Billing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Scale;

/// <summary>
/// Stripe delivers at least once, and retries overlap: one paid invoice arriving many times at once, under one
/// event id or several, is recorded, applied and granted once. Deliveries are signed at the app's clock.
/// </summary>
public sealed class ConcurrentWebhookTests(BillingApp app) : IClassFixture<BillingApp>
{
    private const int Deliveries = 12;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_paid_invoice_event_delivered_many_times_at_once_is_recorded_once_and_grants_once()
    {
        var (user, userId, invoiceId, payload) = await SubscriberWithPaidInvoiceAsync(eventIds: 1);

        var answers = await Task.WhenAll(Enumerable.Range(0, Deliveries).Select(_ => DeliverAsync(payload[0])));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        await AssertGrantedOnceAsync(user, userId, invoiceId, expectedEvents: 1);
    }

    [Fact]
    public async Task One_paid_invoice_under_different_event_ids_at_once_grants_once_and_every_event_is_applied()
    {
        var (user, userId, invoiceId, payloads) = await SubscriberWithPaidInvoiceAsync(eventIds: Deliveries);

        var answers = await Task.WhenAll(payloads.Select(DeliverAsync));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        await AssertGrantedOnceAsync(user, userId, invoiceId, expectedEvents: Deliveries);
    }

    /// <summary>Waits until every event naming the invoice is applied, then checks one invoice, one purchase and one grant.</summary>
    private async Task AssertGrantedOnceAsync(SignedInUser user, Guid userId, string invoiceId, int expectedEvents)
    {
        var sourceKey = $"invoice:{invoiceId}";
        await Eventually.UntilAsync(
            async () =>
            {
                await using var db = app.Database.CreateContext();
                return await db.PaymentEvents.AsNoTracking().Where(e => e.Payload.Contains(invoiceId))
                    .Select(e => new { e.AppliedAt, e.Attempts, e.LastError }).ToListAsync(Cancel);
            },
            events => events.Count == expectedEvents && events.All(e => e.AppliedAt is not null),
            events => $"{events.Count(e => e.AppliedAt is not null)} of {events.Count} recorded events applied (expected {expectedEvents}); errors: "
                + string.Join(", ", events.Where(e => e.LastError is not null).Select(e => $"{e.LastError} after {e.Attempts}")));

        await using var check = app.Database.CreateContext();
        Assert.Equal(1, await check.Invoices.CountAsync(i => i.ProviderInvoiceId == invoiceId, Cancel));
        Assert.Equal(1, await check.CreditPurchases.CountAsync(p => p.SourceKey == sourceKey, Cancel));
        var grants = await check.CreditEntries.AsNoTracking().Where(e => e.UserId == userId && e.Kind == CreditEntryKind.SubscriptionGrant)
            .Select(e => new { e.SourceKey, e.Amount }).ToListAsync(Cancel);
        Assert.Equal([(sourceKey, 100L)], grants.Select(g => (g.SourceKey, g.Amount)));
        Assert.Equal(StudioApp.StarterGrant + 100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    /// <summary>A person who checked out the Creator plan (so Stripe knows them as a customer) and the paid events of their first invoice.</summary>
    private async Task<(SignedInUser User, Guid UserId, string InvoiceId, IReadOnlyList<string> Payloads)> SubscriberWithPaidInvoiceAsync(int eventIds)
    {
        var user = await app.NewPersonAsync();
        using (var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { planId = "creator" }))
        {
            Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        }

        var userId = await user.IdAsync();
        var customerId = app.Stripe.LastCheckout!.CustomerId!;
        var invoiceId = $"in_{Guid.NewGuid():N}";
        var subscriptionId = $"sub_{Guid.NewGuid():N}";
        var now = app.App.Clock.GetUtcNow();
        var payloads = Enumerable.Range(0, eventIds)
            .Select(_ => app.Stripe.InvoicePaidEvent(invoiceId, customerId, subscriptionId, BillingApp.CreatorPrice, 1200, now, now.AddMonths(1), created: now))
            .ToList();
        return (user, userId, invoiceId, payloads);
    }

    private Task<HttpStatusCode> DeliverAsync(string payload) =>
        BillingApp.DeliverAsync(app.Http, app.Stripe, payload, app.Stripe.Sign(payload, timestamp: app.App.Clock.GetUtcNow()));
}
