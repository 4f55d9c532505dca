using Mediator;

namespace Creo.Application.Accounts.RemoveMinorAccount;

/// <summary>
/// Policy section 10: a reported minor's account is removed. Unlike a deletion the person asks for, there is no grace
/// period: every session ends and the erasure saga starts at once.
/// </summary>
public sealed record RemoveMinorAccountCommand(Guid StaffUserId, Guid UserId, string Reason) : ICommand;
