namespace Creo.Application.Credits.GetCreditHistory;

/// <summary>The balance now and one page of history rows; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record CreditHistoryDto(long Balance, IReadOnlyList<CreditHistoryRowDto> Rows, string? NextCursor);

/// <summary>
/// One history row. <see cref="Amount"/> is the row's final effect on the balance (a generation's hold and its
/// settlement together); <see cref="State"/> is set on generation rows only (<c>charged</c>, <c>returned</c>,
/// <c>in-progress</c>); <see cref="BalanceAfter"/> is the balance once this row and every older one are counted.
/// </summary>
public sealed record CreditHistoryRowDto(
    Guid Id,
    string Kind,
    string? State,
    long Amount,
    long BalanceAfter,
    string Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SettledAt,
    Guid? GenerationId);
