namespace Creo.Application.Credits.GetCreditHistory;

/// <summary>
/// The ledger as a person reads it, newest first: one row per generation (its hold and what became of it), one
/// row for every other entry, each with the balance after it.
/// </summary>
public sealed record GetCreditHistoryQuery(Guid UserId, int? Limit, string? Cursor) : IQuery<CreditHistoryDto>;
