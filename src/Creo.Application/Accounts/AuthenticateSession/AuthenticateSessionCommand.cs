using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.AuthenticateSession;

/// <summary>
/// Resolves a session cookie to its principal on every request, so a revocation or suspension takes effect
/// at once on every instance; slides the session's expiry as it goes. Null when the cookie opens nothing.
/// </summary>
public sealed record AuthenticateSessionCommand(string Token, ClientInfo Client) : ICommand<SessionPrincipal?>;
