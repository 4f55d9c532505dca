namespace Creo.Application.Accounts.SearchAccounts;

/// <summary>Support finds accounts by part of an address or a name; the search and its reason are audited.</summary>
public sealed record SearchAccountsCommand(Guid StaffUserId, string Query, string Reason) : ICommand<IReadOnlyList<StaffAccountDto>>;
