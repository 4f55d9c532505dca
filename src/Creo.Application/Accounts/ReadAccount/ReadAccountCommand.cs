namespace Creo.Application.Accounts.ReadAccount;

/// <summary>Support reads one account (with its tier and balance); the person sees in their security log that it happened, and why.</summary>
public sealed record ReadAccountCommand(Guid StaffUserId, Guid UserId, string Reason) : ICommand<StaffAccountDto>;
