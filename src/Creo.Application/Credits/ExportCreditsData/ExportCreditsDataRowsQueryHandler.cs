using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.ExportCreditsData;

/// <summary>The person's credit account and every ledger entry, row by row.</summary>
internal sealed class ExportCreditsDataRowsQueryHandler(ICreditsData data) : IStreamQueryHandler<ExportCreditsDataRowsQuery, PersonalDataRow>
{
    public IAsyncEnumerable<PersonalDataRow> Handle(ExportCreditsDataRowsQuery query, CancellationToken cancellationToken) => query.Table switch
    {
        "credit_accounts" => PersonalDataStream.Rows(
            data.CreditAccounts.Where(a => a.UserId == query.UserId).Select(a => new { a.UserId, a.Balance, a.CreatedAt, a.DisputeHoldSince }), null, cancellationToken),
        "credit_entries" => PersonalDataStream.Rows(
            data.CreditEntries.Where(e => e.UserId == query.UserId).Ordered(e => e.Id, query.NewestFirst)
                .Select(e => new { e.Id, e.UserId, e.Kind, e.Amount, e.Reason, e.SourceKey, e.GenerationId, e.ExpiresAt, e.CreatedAt }),
            null,
            cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.Table, "No such credits table."),
    };
}
