using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.EraseAccount;

/// <summary>
/// The accounts part of erasing an account, and the saga's last: sessions, sign-in links, devices, policy
/// acceptances, the security log, the request log's entries of the person and the account itself go.
/// </summary>
public sealed record EraseAccountCommand(Guid UserId) : ICommand<AccountErasureDto>;
