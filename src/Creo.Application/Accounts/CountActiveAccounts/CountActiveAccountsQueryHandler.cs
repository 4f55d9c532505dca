using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.CountActiveAccounts;

internal sealed class CountActiveAccountsQueryHandler(IAccountsData data) : IQueryHandler<CountActiveAccountsQuery, int>
{
    public async ValueTask<int> Handle(CountActiveAccountsQuery query, CancellationToken cancellationToken) =>
        await data.Users.AsNoTracking().CountAsync(u => u.Status == AccountStatus.Active && u.CreatedAt <= query.CreatedNoLaterThan, cancellationToken);
}
