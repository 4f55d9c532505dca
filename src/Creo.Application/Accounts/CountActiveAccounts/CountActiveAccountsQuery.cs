
namespace Creo.Application.Accounts.CountActiveAccounts;

/// <summary>How many active accounts existed by <paramref name="CreatedNoLaterThan"/>: how many a mail to all of them reaches.</summary>
public sealed record CountActiveAccountsQuery(DateTimeOffset CreatedNoLaterThan) : IQuery<int>;
