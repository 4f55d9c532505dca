using Creo.Testing;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// One measured batch of webhook deliveries: one paid invoice per subscriber, each its own event; every 10th delivered
/// again right after the first (Stripe's retry of the same event), every 20th also under a new event id.
/// </summary>
public sealed record WebhookPhase(IReadOnlyList<string> Deliveries, IReadOnlyList<string> InvoiceIds, int EventCount, int Retries, int Reissued)
{
    public static WebhookPhase Build(StripeStandIn stripe, IReadOnlyList<WebhookSubscriber> subscribers)
    {
        var deliveries = new List<string>();
        var invoiceIds = new List<string>();
        var (events, retries, reissued) = (0, 0, 0);
        var periodStart = DateTimeOffset.UtcNow;
        for (var i = 0; i < subscribers.Count; i++)
        {
            var invoiceId = $"in_bench{Guid.NewGuid():N}";
            var subscriptionId = $"sub_bench{Guid.NewGuid():N}";
            invoiceIds.Add(invoiceId);

            // Not listed at the stand-in's /v1/events: only the webhook brings these in, not the reconciler.
            string Paid() => stripe.InvoicePaidEvent(
                invoiceId, subscribers[i].CustomerId, subscriptionId, StripePlans.CreatorPrice, 1200, periodStart, periodStart.AddMonths(1), listed: false);

            var payload = Paid();
            deliveries.Add(payload);
            events++;
            if (i % 10 == 5)
            {
                deliveries.Add(payload);
                retries++;
            }

            if (i % 20 == 7)
            {
                deliveries.Add(Paid());
                events++;
                reissued++;
            }
        }

        return new WebhookPhase(deliveries, invoiceIds, events, retries, reissued);
    }
}
