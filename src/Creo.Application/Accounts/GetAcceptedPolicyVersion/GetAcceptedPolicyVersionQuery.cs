
namespace Creo.Application.Accounts.GetAcceptedPolicyVersion;

/// <summary>The newest policy version the account has accepted; 0 when none.</summary>
public sealed record GetAcceptedPolicyVersionQuery(Guid UserId) : IQuery<int>;
