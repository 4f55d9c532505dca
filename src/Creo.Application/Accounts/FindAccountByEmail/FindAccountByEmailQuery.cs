using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.FindAccountByEmail;

/// <summary>
/// The account with this sign-in address (compared as stored: trimmed, lower case), or null when there is none: for
/// support logging a request that arrived by mail.
/// </summary>
public sealed record FindAccountByEmailQuery(string Email) : IQuery<AccountRecipientDto?>;
