namespace Creo.Application.Accounts.ReadAccountActivity;

/// <summary>
/// Support reads a person's credit ledger and the staff acts about them, to answer "why did my credits drop?";
/// audited like every staff read, and shown to the person.
/// </summary>
public sealed record ReadAccountActivityCommand(Guid StaffUserId, Guid UserId, string Reason) : ICommand<AccountActivityDto>;
