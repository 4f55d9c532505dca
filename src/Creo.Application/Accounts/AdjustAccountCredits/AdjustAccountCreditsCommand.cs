using Mediator;

namespace Creo.Application.Accounts.AdjustAccountCredits;

/// <summary>
/// Support corrects a balance: a ledger entry with the reason the person reads. <paramref name="OperationId"/> (the
/// request's idempotency key, or a fresh id) makes a retried request count once. Returns the new balance.
/// </summary>
public sealed record AdjustAccountCreditsCommand(Guid StaffUserId, Guid UserId, long Amount, string Reason, string OperationId) : ICommand<long>;
