using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.CloseAccountForErasure;

/// <summary>
/// The erasure saga's first step: the account can no longer sign in and any session still open ends. Returns the
/// contact to send the erasure receipt to, or null when the account is already gone (a re-run of the saga).
/// </summary>
public sealed record CloseAccountForErasureCommand(Guid UserId) : ICommand<AccountContactDto?>;
