using Creo.Application.Common.Paging;
using Creo.Application.Credits.Contracts;
using Mapster;

namespace Creo.Application.Credits.GetCredits;

internal sealed class GetCreditsQueryHandler(ICreditsData data, TypeAdapterConfig mapping) : IQueryHandler<GetCreditsQuery, CreditsDto>
{
    public async ValueTask<CreditsDto> Handle(GetCreditsQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var after = Cursor.Parse(query.Cursor);
        var entries = data.CreditEntries.AsNoTracking().Where(e => e.UserId == query.UserId);
        if (after is { } id)
        {
            entries = entries.Where(e => e.Id.CompareTo(id) < 0);
        }

        var page = await entries.OrderByDescending(e => e.Id).Take(limit + 1).ProjectToType<CreditEntryDto>(mapping).ToListAsync(cancellationToken);
        var balance = await CreditBalances.ReadAsync(data, query.UserId, cancellationToken) ?? 0;
        var next = page.Count > limit ? Cursor.Of(page[limit - 1].Id) : null;
        return new CreditsDto(balance, [.. page.Take(limit)], next);
    }
}
