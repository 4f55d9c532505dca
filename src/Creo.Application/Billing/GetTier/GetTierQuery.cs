
namespace Creo.Application.Billing.GetTier;

/// <summary>The tier the person's active subscription gives, or <c>free</c>.</summary>
public sealed record GetTierQuery(Guid UserId) : IQuery<string>;
