using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GetCreditHistory;

/// <summary>
/// Reads one page of history rows in one statement that stays as cheap on page 10,000 as on page 1: it seeks the
/// (user, id) index below the cursor, skips settlements (they are folded into their hold's row), and joins each
/// hold to its settlement through the unique source-key index — never reading more than a page of rows. The
/// running balance starts from the account's balance on the first page and from the cursor after it: each row
/// takes its own amount off, so no page sums the rows above it.
/// </summary>
internal sealed class GetCreditHistoryQueryHandler(ICreditsData data) : IQueryHandler<GetCreditHistoryQuery, CreditHistoryDto>
{
    public async ValueTask<CreditHistoryDto> Handle(GetCreditHistoryQuery query, CancellationToken cancellationToken)
    {
        var limit = Common.Paging.Cursor.Limit(query.Limit);
        var after = HistoryCursor.Parse(query.Cursor);
        var balance = await CreditBalances.ReadAsync(data, query.UserId, cancellationToken) ?? 0;

        var rows = data.CreditEntries.AsNoTracking()
            .Where(e => e.UserId == query.UserId && e.Kind != CreditEntryKind.Capture && e.Kind != CreditEntryKind.Release);
        if (after is { } cursor)
        {
            rows = rows.Where(e => e.Id.CompareTo(cursor.Id) < 0);
        }

        var page = await (
                from e in rows
                join s in data.CreditEntries.Where(s => s.Kind == CreditEntryKind.Capture || s.Kind == CreditEntryKind.Release)
                    on e.SourceKey.Replace(CreditSourceKeys.HoldPrefix, CreditSourceKeys.SettlementPrefix) equals s.SourceKey into settlements
                from s in settlements.DefaultIfEmpty()
                orderby e.Id descending
                select new HistoryRow(
                    e.Id, e.Kind, e.Amount, e.Reason, e.CreatedAt, e.GenerationId,
                    s == null ? null : s.Kind, s == null ? 0 : s.Amount, s == null ? null : s.CreatedAt))
            .Take(limit + 1)
            .ToListAsync(cancellationToken);

        var running = after?.BalanceAfter ?? balance;
        var result = new List<CreditHistoryRowDto>(Math.Min(page.Count, limit));
        foreach (var row in page.Take(limit))
        {
            var amount = row.Kind == CreditEntryKind.Hold ? GenerationCharge.AmountOf(row.Amount, row.SettlementAmount) : row.Amount;
            var state = row.Kind == CreditEntryKind.Hold
                ? GenerationCharge.StateOf(row.Settlement == CreditEntryKind.Capture, row.Settlement == CreditEntryKind.Release)
                : null;
            result.Add(new CreditHistoryRowDto(row.Id, KebabNames.Of(row.Kind), state, amount, running, row.Reason, row.CreatedAt, row.SettledAt, row.GenerationId));
            running -= amount;
        }

        var next = page.Count > limit ? HistoryCursor.Of(result[^1].Id, running) : null;
        return new CreditHistoryDto(balance, result, next);
    }

    private sealed record HistoryRow(
        Guid Id, CreditEntryKind Kind, long Amount, string Reason, DateTimeOffset CreatedAt, Guid? GenerationId,
        CreditEntryKind? Settlement, long SettlementAmount, DateTimeOffset? SettledAt);
}
