namespace Creo.Application.Accounts.ReinstateAccount;

/// <summary>Staff lift a suspension: the person can sign in again. Audited with its reason; only an admin reinstates a member of staff.</summary>
public sealed record ReinstateAccountCommand(StaffActor Staff, Guid UserId, string Reason) : ICommand;
