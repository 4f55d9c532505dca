using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.GetSecurityLog;

/// <summary>The newest entries of the caller's security log.</summary>
public sealed record GetSecurityLogQuery(Guid UserId, int Limit = 100) : IQuery<IReadOnlyList<SecurityEventDto>>;
