namespace Creo.Application.Billing.GetBillingPlans;

/// <summary>Tiers and packs with prices; empty, and <c>configured: false</c>, when payments are not set up.</summary>
public sealed record GetBillingPlansQuery : IQuery<BillingPlansDto>;
