using Creo.Application.Accounts.Contracts;
using Creo.Domain.Accounts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.CountActiveAccounts;

internal sealed class CountActiveAccountsQueryHandler(IAccountsData data) : IQueryHandler<CountActiveAccountsQuery, int>
{
    public async ValueTask<int> Handle(CountActiveAccountsQuery query, CancellationToken cancellationToken) =>
        await data.Users.AsNoTracking().CountAsync(u => u.Status == AccountStatus.Active && u.CreatedAt <= query.CreatedNoLaterThan, cancellationToken);
}
