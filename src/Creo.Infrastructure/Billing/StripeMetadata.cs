namespace Creo.Infrastructure.Billing;

/// <summary>
/// The metadata keys we put on customers, checkout sessions and subscriptions, so an event can be matched to a person
/// and a plan or pack by our own ids rather than by amounts or emails.
/// </summary>
internal static class StripeMetadata
{
    public const string UserId = "creo_user_id";
    public const string Reference = "creo_reference";
}
