using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GetCreditBalance;

internal sealed class GetCreditBalanceQueryHandler(ICreditsData data) : IQueryHandler<GetCreditBalanceQuery, long>
{
    public async ValueTask<long> Handle(GetCreditBalanceQuery query, CancellationToken cancellationToken) =>
        await CreditBalances.ReadAsync(data, query.UserId, cancellationToken) ?? 0;
}
