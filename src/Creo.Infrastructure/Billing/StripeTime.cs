namespace Creo.Infrastructure.Billing;

/// <summary>Stripe.net's timestamps as UTC instants. A timestamp absent from the payload reads as a default DateTime there.</summary>
internal static class StripeTime
{
    public static DateTimeOffset? Of(DateTime? value) =>
        value is { } time && time != default && time != DateTime.UnixEpoch
            ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))
            : null;
}
