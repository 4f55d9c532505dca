using Creo.Application.Accounts.Contracts;
using Mapster;

namespace Creo.Application.Accounts.ListAccountContacts;

internal sealed class ListAccountContactsQueryHandler(IAccountsData data, TypeAdapterConfig mapping) : IQueryHandler<ListAccountContactsQuery, IReadOnlyList<AccountRecipientDto>>
{
    public async ValueTask<IReadOnlyList<AccountRecipientDto>> Handle(ListAccountContactsQuery query, CancellationToken cancellationToken)
    {
        var accounts = data.Users.AsNoTracking().Where(u => u.Status == AccountStatus.Active);
        if (query.After is { } after)
        {
            accounts = accounts.Where(u => u.Id.CompareTo(after) > 0);
        }

        if (query.CreatedNoLaterThan is { } createdNoLaterThan)
        {
            accounts = accounts.Where(u => u.CreatedAt <= createdNoLaterThan);
        }

        return await accounts
            .OrderBy(u => u.Id)
            .Take(Math.Clamp(query.Take, 1, 1000))
            .ProjectToType<AccountRecipientDto>(mapping)
            .ToListAsync(cancellationToken);
    }
}
