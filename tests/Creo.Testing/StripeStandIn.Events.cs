using System.Text.Json.Nodes;
using static Creo.Testing.StripeStandInJson;

namespace Creo.Testing;

/// <summary>
/// Events as Stripe sends them, with <c>api_version</c> set to Stripe.net's pinned version. Each builder returns the
/// payload (sign it with <see cref="Sign"/> to deliver it as a webhook) and, unless <c>listed</c> is false, adds the
/// event to what <c>GET /v1/events</c> lists.
/// </summary>
public sealed partial class StripeStandIn
{
    /// <summary>A checkout session created through the stand-in, completed.</summary>
    public string CheckoutCompletedEvent(
        StripeStandInCheckout checkout,
        string paymentStatus = "paid",
        long amount = 1500,
        string? eventId = null,
        DateTimeOffset? created = null,
        string eventType = "checkout.session.completed",
        bool listed = true) =>
        CheckoutCompletedEvent(
            checkout.Id, checkout.CustomerId, checkout.Mode, checkout.Metadata, checkout.ClientReferenceId, paymentStatus, amount, eventId, created, eventType, listed);

    /// <summary>
    /// A completed checkout session. A subscription checkout carries its new subscription and first invoice; a payment
    /// carries its payment intent. <paramref name="paymentStatus"/> is <c>unpaid</c> while a delayed method (SEPA) settles.
    /// </summary>
    public string CheckoutCompletedEvent(
        string sessionId,
        string? customerId,
        string mode,
        IReadOnlyDictionary<string, string> metadata,
        string? clientReferenceId,
        string paymentStatus = "paid",
        long amount = 1500,
        string? eventId = null,
        DateTimeOffset? created = null,
        string eventType = "checkout.session.completed",
        bool listed = true)
    {
        var at = Unix(created ?? DateTimeOffset.UtcNow);
        var subscription = mode == "subscription";
        var session = CheckoutSession(
            sessionId,
            mode,
            customerId,
            clientReferenceId,
            metadata,
            "https://creo.example/billing/success",
            "https://creo.example/billing",
            url: null,
            at,
            status: "complete",
            paymentStatus,
            amount,
            subscriptionId: subscription ? NewId("sub_") : null,
            invoiceId: subscription ? NewId("in_") : null,
            paymentIntentId: subscription ? null : NewId("pi_"));
        return Publish(eventType, session, previousAttributes: null, eventId, at, listed);
    }

    /// <summary>A subscription invoice for <paramref name="periodStart"/> to <paramref name="periodEnd"/> (its line's period).</summary>
    public string InvoicePaidEvent(
        string invoiceId,
        string customerId,
        string subscriptionId,
        string priceId,
        long amount,
        DateTimeOffset periodStart,
        DateTimeOffset periodEnd,
        string? eventId = null,
        DateTimeOffset? created = null,
        string eventType = "invoice.paid",
        string status = "paid",
        bool listed = true,
        string? paymentIntentId = null,
        string billingReason = "subscription_cycle")
    {
        var at = Unix(created ?? DateTimeOffset.UtcNow);
        var invoice = Invoice(invoiceId, customerId, subscriptionId, priceId, amount, Unix(periodStart), Unix(periodEnd), at, status, billingReason);
        if (status == "paid")
        {
            Locked(() => invoicePayments[invoiceId] = (paymentIntentId ?? NewId("pi_"), amount));
        }

        return Publish(eventType, invoice, previousAttributes: null, eventId, at, listed);
    }

    /// <summary>
    /// The invoice Stripe issues at once when a subscription changes plan mid-period with <c>always_invoice</c>
    /// proration (as a customer portal may be set up): <c>billing_reason</c> <c>subscription_update</c>, a proration
    /// credit for the unused time on <paramref name="fromPriceId"/> first, then a proration charge for the rest of the
    /// period on <paramref name="toPriceId"/>, both ending with the current period at <paramref name="periodEnd"/>.
    /// </summary>
    public string PlanChangeInvoicePaidEvent(
        string invoiceId,
        string customerId,
        string subscriptionId,
        string fromPriceId,
        string toPriceId,
        long unusedCredit,
        long remainingCharge,
        DateTimeOffset changedAt,
        DateTimeOffset periodEnd,
        string? eventId = null,
        bool listed = true)
    {
        var at = Unix(changedAt);
        var amount = Math.Max(0, remainingCharge - unusedCredit);
        var invoice = Invoice(invoiceId, customerId, subscriptionId, toPriceId, amount, at, Unix(periodEnd), at, "paid", "subscription_update");
        invoice["lines"]!["data"] = new JsonArray(
            InvoiceLine(invoiceId, subscriptionId, fromPriceId, -unusedCredit, at, Unix(periodEnd), proration: true),
            InvoiceLine(invoiceId, subscriptionId, toPriceId, remainingCharge, at, Unix(periodEnd), proration: true));
        invoice["period_start"] = at;
        invoice["period_end"] = at;
        Locked(() => invoicePayments[invoiceId] = (NewId("pi_"), amount));
        return Publish("invoice.paid", invoice, previousAttributes: null, eventId, at, listed);
    }

    /// <summary>A subscription's state; <paramref name="eventType"/> may be <c>customer.subscription.created|updated|deleted</c>.</summary>
    public string SubscriptionUpdatedEvent(
        string subscriptionId,
        string customerId,
        string priceId,
        string status,
        DateTimeOffset periodStart,
        DateTimeOffset periodEnd,
        DateTimeOffset created,
        string eventType = "customer.subscription.updated",
        bool cancelAtPeriodEnd = false,
        IReadOnlyDictionary<string, string>? metadata = null,
        long amount = 1500,
        string? eventId = null,
        bool listed = true)
    {
        var at = Unix(created);
        var subscription = Subscription(
            subscriptionId, customerId, priceId, status, Unix(periodStart), Unix(periodEnd), at, cancelAtPeriodEnd, metadata ?? new Dictionary<string, string>(), amount);
        var previous = eventType == "customer.subscription.updated" ? new JsonObject { ["cancel_at_period_end"] = !cancelAtPeriodEnd } : null;
        return Publish(eventType, subscription, previous, eventId, at, listed);
    }

    /// <summary>A charge refunded so far by <paramref name="amountRefunded"/> in total, <paramref name="previouslyRefunded"/> of it before this refund.</summary>
    public string ChargeRefundedEvent(
        string chargeId,
        string customerId,
        string paymentIntentId,
        long amount,
        long amountRefunded,
        long previouslyRefunded = 0,
        string? eventId = null,
        DateTimeOffset? created = null,
        bool listed = true)
    {
        var at = Unix(created ?? DateTimeOffset.UtcNow);
        var charge = Charge(chargeId, customerId, paymentIntentId, amount, amountRefunded, at);
        var previous = new JsonObject { ["amount_refunded"] = previouslyRefunded, ["refunded"] = false };
        return Publish("charge.refunded", charge, previous, eventId, at, listed);
    }

    public string DisputeCreatedEvent(
        string disputeId,
        string chargeId,
        string paymentIntentId,
        long amount,
        string? eventId = null,
        DateTimeOffset? created = null,
        bool listed = true)
    {
        var at = Unix(created ?? DateTimeOffset.UtcNow);
        return Publish("charge.dispute.created", Dispute(disputeId, chargeId, paymentIntentId, amount, at), previousAttributes: null, eventId, at, listed);
    }

    /// <summary>Any other event, around an object the test shapes itself.</summary>
    public string CustomEvent(string eventType, JsonObject dataObject, string? eventId = null, DateTimeOffset? created = null, bool listed = true)
    {
        var at = Unix(created ?? DateTimeOffset.UtcNow);
        return Publish(eventType, dataObject, previousAttributes: null, eventId, at, listed);
    }

    private string Publish(string eventType, JsonObject dataObject, JsonObject? previousAttributes, string? eventId, long created, bool listed)
    {
        var id = eventId ?? NewId("evt_");
        var json = Event(id, eventType, created, dataObject, previousAttributes).ToJsonString();
        if (listed)
        {
            lock (gate)
            {
                events.Add(new StripeStandInEvent(id, created, ++sequence, json));
            }
        }

        return json;
    }
}
