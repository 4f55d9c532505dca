namespace Creo.Application.Accounts.AdjustAccountCredits;

/// <summary>
/// Staff correct a balance: a ledger entry with the reason the person reads. <paramref name="OperationId"/> (the
/// request's idempotency key, or a fresh id) makes a retried request count once. Support corrects within limits per
/// correction and per day (<see cref="StaffOptions"/>); larger corrections need an admin. Returns the new balance.
/// </summary>
public sealed record AdjustAccountCreditsCommand(StaffActor Staff, Guid UserId, long Amount, string Reason, string OperationId) : ICommand<long>;
