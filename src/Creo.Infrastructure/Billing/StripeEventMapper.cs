using Creo.Application.Billing.Payments;
using Stripe;
using Stripe.Checkout;
using SubscriptionStatus = Creo.Domain.Billing.SubscriptionStatus;

namespace Creo.Infrastructure.Billing;

/// <summary>
/// Reduces a Stripe event to what billing acts on. Written against the object shapes of Stripe.net's pinned API
/// version (<see cref="StripeConfiguration.ApiVersion"/>), where an invoice names its subscription under
/// <c>parent.subscription_details</c> and a subscription's period lives on its items.
/// </summary>
// Not Mapster: it decides by event type what billing needs to know, which is reading, not copying.
internal static class StripeEventMapper
{
    public static PaymentEvent Map(Event stripeEvent) =>
        new(stripeEvent.Id, stripeEvent.Type, StripeTime.Of(stripeEvent.Created) ?? DateTimeOffset.UnixEpoch, DataOf(stripeEvent));

    private static PaymentEventData? DataOf(Event stripeEvent) => (stripeEvent.Type, stripeEvent.Data?.Object) switch
    {
        (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded, Session session) => Checkout(session),
        (EventTypes.CustomerSubscriptionCreated or EventTypes.CustomerSubscriptionUpdated, Subscription subscription) => State(subscription, StatusOf(subscription.Status)),

        // Deleted means ended, for whatever reason; billing needs no more than that.
        (EventTypes.CustomerSubscriptionDeleted, Subscription subscription) => State(subscription, SubscriptionStatus.Canceled),
        (EventTypes.InvoicePaid or EventTypes.InvoicePaymentSucceeded or EventTypes.InvoiceFinalized or EventTypes.InvoiceUpdated
            or EventTypes.InvoiceVoided or EventTypes.InvoiceMarkedUncollectible or EventTypes.InvoicePaymentFailed, Invoice invoice) => StripeInvoiceMapper.Map(invoice),
        (EventTypes.ChargeRefunded, Charge charge) => Refund(charge),
        (EventTypes.ChargeDisputeCreated, Dispute dispute) => Dispute(dispute),
        _ => null,
    };

    private static CheckoutCompleted Checkout(Session session) => new(
        session.Id,
        session.CustomerId,
        UserIdOf(session),
        session.Mode == "subscription",
        session.Metadata?.GetValueOrDefault(StripeMetadata.Reference),
        session.PaymentStatus is "paid" or "no_payment_required",
        session.PaymentIntentId);

    private static Guid? UserIdOf(Session session)
    {
        var value = session.Metadata?.GetValueOrDefault(StripeMetadata.UserId) ?? session.ClientReferenceId;
        return Guid.TryParse(value, out var userId) ? userId : null;
    }

    private static SubscriptionState State(Subscription subscription, SubscriptionStatus status)
    {
        var item = subscription.Items?.Data?.FirstOrDefault();
        var periodEnd = StripeTime.Of(item?.CurrentPeriodEnd);

        // A cancellation made for the period's end may arrive as cancel_at (set to that end) rather than cancel_at_period_end.
        var endsWithPeriod = subscription.CancelAtPeriodEnd
            || (StripeTime.Of(subscription.CancelAt) is { } cancelAt && periodEnd is { } end && cancelAt <= end);
        return new SubscriptionState(
            subscription.Id,
            subscription.CustomerId ?? string.Empty,
            item?.Price?.Id,
            status,
            StripeTime.Of(item?.CurrentPeriodStart),
            periodEnd,
            endsWithPeriod);
    }

    /// <summary>
    /// Stripe's subscription statuses in our words. A status Stripe adds later becomes <see cref="SubscriptionStatus.Unknown"/>,
    /// which grants nothing until we decide what it means.
    /// </summary>
    private static SubscriptionStatus StatusOf(string? status) => status switch
    {
        "incomplete" => SubscriptionStatus.Incomplete,
        "incomplete_expired" => SubscriptionStatus.IncompleteExpired,
        "trialing" => SubscriptionStatus.Trialing,
        "active" => SubscriptionStatus.Active,
        "past_due" => SubscriptionStatus.PastDue,
        "unpaid" => SubscriptionStatus.Unpaid,
        "canceled" => SubscriptionStatus.Canceled,
        "paused" => SubscriptionStatus.Paused,
        _ => SubscriptionStatus.Unknown,
    };

    /// <summary>
    /// A charge's refunds add up on the charge, so the id carries the refunded total: a second partial refund is a
    /// new reversal, and the same event delivered twice is the same one. <see cref="PaymentReversed.AmountReversed"/>
    /// is that running total. This API version links a charge to its payment intent only, not to an invoice.
    /// </summary>
    private static PaymentReversed Refund(Charge charge) => new(
        $"{charge.Id}:{charge.AmountRefunded}",
        charge.CustomerId,
        InvoiceId: null,
        charge.PaymentIntentId,
        charge.Amount,
        charge.AmountRefunded,
        RunningTotal: true);

    /// <summary>A dispute holds back its own amount, whatever has been refunded; its charge is known only by id.</summary>
    private static PaymentReversed Dispute(Dispute dispute) => new(
        dispute.Id,
        dispute.Charge?.CustomerId,
        InvoiceId: null,
        dispute.PaymentIntentId ?? dispute.Charge?.PaymentIntentId,
        dispute.Charge?.Amount ?? dispute.Amount,
        dispute.Amount,
        RunningTotal: false);
}
