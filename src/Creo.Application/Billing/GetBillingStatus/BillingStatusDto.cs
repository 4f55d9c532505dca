namespace Creo.Application.Billing.GetBillingStatus;

public sealed record BillingStatusDto(bool Configured, string Tier, SubscriptionDto? Subscription, string SubscriptionCreditsRule);

public sealed record SubscriptionDto(
    string? PlanId,
    string? PlanName,
    string Status,
    DateTimeOffset? CurrentPeriodStart,
    DateTimeOffset? CurrentPeriodEnd,
    bool CancelAtPeriodEnd);
