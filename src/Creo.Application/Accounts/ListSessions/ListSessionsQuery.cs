using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.ListSessions;

/// <summary>The caller's active sessions, newest first, with the one making the request marked current.</summary>
public sealed record ListSessionsQuery(Guid UserId, Guid CurrentSessionId) : IQuery<IReadOnlyList<SessionDto>>;
