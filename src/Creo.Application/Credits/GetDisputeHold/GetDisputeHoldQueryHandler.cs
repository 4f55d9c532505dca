using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GetDisputeHold;

internal sealed class GetDisputeHoldQueryHandler(ICreditsData data) : IQueryHandler<GetDisputeHoldQuery, DateTimeOffset?>
{
    public async ValueTask<DateTimeOffset?> Handle(GetDisputeHoldQuery query, CancellationToken cancellationToken) =>
        await data.CreditAccounts.AsNoTracking()
            .Where(a => a.UserId == query.UserId)
            .Select(a => a.DisputeHoldSince)
            .FirstOrDefaultAsync(cancellationToken);
}
