namespace Creo.Application.Billing.GetBillingStatus;

/// <summary>The person's tier and subscription (null when they have none), with the subscription-credits rule.</summary>
public sealed record GetBillingStatusQuery(Guid UserId) : IQuery<BillingStatusDto>;
