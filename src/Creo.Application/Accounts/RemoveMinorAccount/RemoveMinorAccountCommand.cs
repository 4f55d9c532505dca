namespace Creo.Application.Accounts.RemoveMinorAccount;

/// <summary>
/// Policy section 10: a reported minor's account is removed. Support files the report (the account stays as it is);
/// an admin's removal — a confirmation of that report or on their own — has no grace period: every session ends and
/// the erasure saga starts at once.
/// </summary>
public sealed record RemoveMinorAccountCommand(StaffActor Staff, Guid UserId, string Reason) : ICommand<MinorRemovalDto>;
