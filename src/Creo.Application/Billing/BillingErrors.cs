namespace Creo.Application.Billing;

internal static class BillingErrors
{
    public static DomainException NotConfigured() =>
        new("billing-not-configured", "Payments are not set up on this Crëo; everything else works without them.");
}
