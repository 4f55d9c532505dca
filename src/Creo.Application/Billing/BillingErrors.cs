namespace Creo.Application.Billing;

internal static class BillingErrors
{
    public static DomainException NotConfigured() =>
        new("billing-not-configured", "Credits cannot be bought here: ask support for credits. Everything else works without payments.");
}
