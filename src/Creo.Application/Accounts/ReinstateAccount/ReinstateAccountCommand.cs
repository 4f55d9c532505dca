using Mediator;

namespace Creo.Application.Accounts.ReinstateAccount;

/// <summary>Staff lift a suspension: the person can sign in again. Audited with its reason.</summary>
public sealed record ReinstateAccountCommand(Guid UserId, Guid StaffUserId, string Reason) : ICommand;
