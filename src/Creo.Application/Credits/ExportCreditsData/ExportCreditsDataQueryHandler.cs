using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.ExportCreditsData;

internal sealed class ExportCreditsDataQueryHandler(ICreditsData data) : IQueryHandler<ExportCreditsDataQuery, PersonalDataPart>
{
    public async ValueTask<PersonalDataPart> Handle(ExportCreditsDataQuery query, CancellationToken cancellationToken)
    {
        var userId = query.UserId;
        var accounts = await data.CreditAccounts.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new { a.UserId, a.Balance, a.CreatedAt, a.DisputeHoldSince })
            .ToListAsync(cancellationToken);
        var entries = await data.CreditEntries.AsNoTracking()
            .Where(e => e.UserId == userId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.UserId, e.Kind, e.Amount, e.Reason, e.SourceKey, e.GenerationId, e.ExpiresAt, e.CreatedAt })
            .ToListAsync(cancellationToken);
        return new PersonalDataPart(
            "credits",
            [PersonalDataTable.Of("credit_accounts", accounts), PersonalDataTable.Of("credit_entries", entries)],
            []);
    }
}
