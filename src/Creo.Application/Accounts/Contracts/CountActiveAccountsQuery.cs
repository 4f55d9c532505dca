using Mediator;

namespace Creo.Application.Accounts.Contracts;

/// <summary>How many active accounts existed before <paramref name="CreatedBefore"/>: how many a mail to all of them reaches.</summary>
public sealed record CountActiveAccountsQuery(DateTimeOffset CreatedBefore) : IQuery<int>;
