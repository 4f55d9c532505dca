namespace Creo.Testing;

/// <summary>A checkout session created through the <see cref="StripeStandIn"/>, as a test needs it to finish the checkout.</summary>
public sealed record StripeStandInCheckout(
    string Id,
    string? CustomerId,
    string Mode,
    string PriceId,
    string? ClientReferenceId,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyDictionary<string, string> SubscriptionMetadata,
    Uri Url);
