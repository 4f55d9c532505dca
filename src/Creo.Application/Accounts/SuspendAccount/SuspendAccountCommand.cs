using Mediator;

namespace Creo.Application.Accounts.SuspendAccount;

/// <summary>Suspends an account: it cannot sign in, and every session it has ends now.</summary>
public sealed record SuspendAccountCommand(Guid UserId) : ICommand;
