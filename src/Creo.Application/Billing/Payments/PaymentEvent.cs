namespace Creo.Application.Billing.Payments;

/// <summary>
/// A payment provider event, reduced to what billing acts on. <see cref="Created"/> orders events of one object,
/// so an older event never overwrites a newer state.
/// </summary>
public sealed record PaymentEvent(string Id, string Type, DateTimeOffset Created, PaymentEventData? Data);

/// <summary>The part of an event billing understands; unknown events carry none and are recorded, then ignored.</summary>
public abstract record PaymentEventData;

/// <summary>A checkout finished. For a credit pack, <see cref="Paid"/> says whether the money arrived.</summary>
public sealed record CheckoutCompleted(
    string SessionId,
    string? CustomerId,
    Guid? UserId,
    bool Subscription,
    string? Reference,
    bool Paid,
    string? PaymentIntentId) : PaymentEventData;

/// <summary>A subscription's state now: its plan (by price), status (in our words, mapped from the provider's) and current period.</summary>
public sealed record SubscriptionState(
    string SubscriptionId,
    string CustomerId,
    string? PriceId,
    SubscriptionStatus Status,
    DateTimeOffset? CurrentPeriodStart,
    DateTimeOffset? CurrentPeriodEnd,
    bool CancelAtPeriodEnd) : PaymentEventData;

/// <summary>
/// An invoice as the provider keeps it: the record we keep for tax law, and, once paid, a period's credits.
/// <see cref="BillingReason"/> is why it was issued (Stripe's <c>billing_reason</c>: <c>subscription_create</c>,
/// <c>subscription_cycle</c>, <c>subscription_update</c>, <c>manual</c>, …); it decides what the invoice grants.
/// </summary>
public sealed record InvoiceState(
    string InvoiceId,
    string CustomerId,
    string? SubscriptionId,
    string? PriceId,
    InvoiceFacts Facts,
    string? BillingReason) : PaymentEventData;

/// <summary>
/// Money went back (a refund) or is contested (a dispute): the credits it paid for come back, as far as unspent.
/// A refund's <see cref="AmountReversed"/> is the charge's running total (<see cref="RunningTotal"/>); a dispute's
/// is its own amount.
/// </summary>
public sealed record PaymentReversed(
    string ReversalId,
    string? CustomerId,
    string? InvoiceId,
    string? PaymentIntentId,
    long Amount,
    long AmountReversed,
    bool RunningTotal) : PaymentEventData
{
    /// <summary>A dispute (a chargeback), not a refund: disputes report their own amount, refunds a running total.</summary>
    public bool IsDispute => !RunningTotal;
}
