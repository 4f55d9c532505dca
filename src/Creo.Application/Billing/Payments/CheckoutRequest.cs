namespace Creo.Application.Billing.Payments;

/// <summary>
/// A checkout for <paramref name="PriceId"/>: a subscription when <paramref name="Subscription"/> is set, a
/// one-off payment for a credit pack otherwise. <paramref name="Reference"/> is our plan or pack id, carried in
/// the provider's metadata with our user id so the completed checkout can be matched without trusting its amount.
/// </summary>
public sealed record CheckoutRequest(
    Guid UserId,
    string CustomerId,
    string PriceId,
    bool Subscription,
    string Reference,
    Uri SuccessUrl,
    Uri CancelUrl);
