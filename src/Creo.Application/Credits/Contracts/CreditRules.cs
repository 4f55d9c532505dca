namespace Creo.Application.Credits.Contracts;

/// <summary>The credit rules a person is shown, worded once.</summary>
public static class CreditRules
{
    public const string SubscriptionCredits = SubscriptionCreditExpiry.Rule;
}
