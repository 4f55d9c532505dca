namespace Creo.Application.Accounts.LiftDisputeHold;

/// <summary>
/// Support has reviewed a disputed payment with the person (and the bank) and lifts the hold it put on their
/// credits: they can generate and buy again. Audited with its reason, and shown in the person's security log. Like every
/// staff act, nobody lifts the hold on their own account, and only an admin lifts it on a member of staff's.
/// </summary>
public sealed record LiftDisputeHoldCommand(StaffActor Staff, Guid UserId, string Reason) : ICommand;
