using Mediator;

namespace Creo.Application.Accounts.SuspendAccount;

/// <summary>Staff suspend an account: it cannot sign in, and every session it has ends now. Audited with its reason.</summary>
public sealed record SuspendAccountCommand(Guid UserId, Guid StaffUserId, string Reason) : ICommand;
