using Creo.Domain.Credits;
using Creo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Benchmarks.Scenarios;

/// <summary>What the webhook benchmark reads back: the inbox's progress, and whether each invoice granted exactly once.</summary>
public static class WebhookChecks
{
    public sealed record Inbox(int Recorded, int Applied, int Failing);

    public sealed record Grants(int Once, int Twice, int Never);

    public static async Task<Inbox> InboxAsync(BenchApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<CreoDbContext>().PaymentEvents.AsNoTracking();
        return new Inbox(
            await events.CountAsync(),
            await events.CountAsync(e => e.AppliedAt != null),
            await events.CountAsync(e => e.AppliedAt == null && e.LastError != null));
    }

    /// <summary>
    /// Counts, per invoice of <paramref name="phase"/>, its subscription grants and purchases under <c>invoice:{id}</c>
    /// and its invoice rows; throws when any invoice has other than exactly one of each (the figures would be of a bug).
    /// </summary>
    public static async Task<Grants> AssertGrantedOnceAsync(BenchApp app, WebhookPhase phase)
    {
        var keys = phase.InvoiceIds.Select(id => $"invoice:{id}").ToList();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
        var grants = await db.CreditEntries.AsNoTracking()
            .Where(e => e.Kind == CreditEntryKind.SubscriptionGrant && keys.Contains(e.SourceKey))
            .GroupBy(e => e.SourceKey).Select(g => g.Count()).ToListAsync();
        var purchases = await db.CreditPurchases.AsNoTracking().CountAsync(p => keys.Contains(p.SourceKey));
        var invoices = await db.Invoices.AsNoTracking().CountAsync(i => phase.InvoiceIds.Contains(i.ProviderInvoiceId));
        var result = new Grants(grants.Count(n => n == 1), grants.Count(n => n > 1), keys.Count - grants.Count);
        if (result.Once != keys.Count || purchases != keys.Count || invoices != keys.Count)
        {
            throw new InvalidOperationException(
                $"{keys.Count} invoices: {result.Once} granted once, {result.Twice} more than once, {result.Never} never; {purchases} purchases, {invoices} invoice rows.");
        }

        return result;
    }
}
