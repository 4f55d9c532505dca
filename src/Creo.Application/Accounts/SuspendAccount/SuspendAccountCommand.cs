namespace Creo.Application.Accounts.SuspendAccount;

/// <summary>
/// Staff suspend an account: it cannot sign in, and every session it has ends now. Audited with its reason. Nobody
/// suspends themselves, and only an admin suspends a member of staff.
/// </summary>
public sealed record SuspendAccountCommand(StaffActor Staff, Guid UserId, string Reason) : ICommand;
