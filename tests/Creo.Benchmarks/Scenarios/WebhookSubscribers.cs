using Creo.Domain.Accounts;
using Creo.Domain.Billing;
using Creo.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Benchmarks.Scenarios;

/// <summary>A person known to Stripe as <see cref="CustomerId"/>, as a checkout would have linked them.</summary>
public sealed record WebhookSubscriber(Guid UserId, string CustomerId);

public static class WebhookSubscribers
{
    /// <summary>
    /// <paramref name="count"/> active accounts, each linked to a Stripe customer, written through the app's own
    /// context (a checkout per person over HTTP would measure checkouts, not the webhook).
    /// </summary>
    public static async Task<WebhookSubscriber[]> SeedAsync(BenchApp app, int count)
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        var subscribers = new List<WebhookSubscriber>(count);
        for (var start = 0; start < count; start += 2_000)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + 2_000); i++)
            {
                var user = User.Register($"subscriber{i:000000}@example.com", "Subscriber", null, AuthMethod.Email, now);
                var subscriber = new WebhookSubscriber(user.Id, $"cus_bench{i:000000}");
                db.Users.Add(user);
                db.BillingCustomers.Add(BillingCustomer.Link(user.Id, subscriber.CustomerId, now));
                subscribers.Add(subscriber);
            }

            await db.SaveChangesAsync();
        }

        return [.. subscribers];
    }
}
