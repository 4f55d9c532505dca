namespace Creo.Application.Billing.GetBillingStatus;

/// <param name="HasBillingAccount">Whether the person has a customer at the payment provider (they started a checkout), so the customer portal can open.</param>
public sealed record BillingStatusDto(bool Configured, string Tier, SubscriptionDto? Subscription, string SubscriptionCreditsRule, bool HasBillingAccount);

public sealed record SubscriptionDto(
    string? PlanId,
    string? PlanName,
    string Status,
    DateTimeOffset? CurrentPeriodStart,
    DateTimeOffset? CurrentPeriodEnd,
    bool CancelAtPeriodEnd);
