namespace Creo.Application.Billing.GetBillingPlans;

public sealed record BillingPlansDto(bool Configured, IReadOnlyList<PlanDto> Plans, IReadOnlyList<PackDto> Packs, string SubscriptionCreditsRule);

public sealed record PlanDto(string Id, string Name, string Tier, long MonthlyCredits, long Amount, string Currency, string Interval);

public sealed record PackDto(string Id, string Name, long Credits, long Amount, string Currency);
