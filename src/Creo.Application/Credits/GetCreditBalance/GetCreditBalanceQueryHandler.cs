using Creo.Application.Credits.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Credits.GetCreditBalance;

internal sealed class GetCreditBalanceQueryHandler(ICreditsData data) : IQueryHandler<GetCreditBalanceQuery, long>
{
    public async ValueTask<long> Handle(GetCreditBalanceQuery query, CancellationToken cancellationToken) =>
        await data.CreditAccounts.AsNoTracking()
            .Where(a => a.UserId == query.UserId)
            .Select(a => a.Balance)
            .FirstOrDefaultAsync(cancellationToken);
}
