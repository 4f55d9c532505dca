namespace Creo.Application.Billing.Contracts;

/// <summary>What erasing a person's billing records did: counts only, for the erasure receipt.</summary>
public sealed record BillingErasureDto(int SubscriptionsCancelled, int InvoicesAnonymised);
