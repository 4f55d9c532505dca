using Creo.Application.Accounts.Contracts;
using Mapster;

namespace Creo.Application.Accounts.ListAccountContactsById;

internal sealed class ListAccountContactsByIdQueryHandler(IAccountsData data, TypeAdapterConfig mapping) : IQueryHandler<ListAccountContactsByIdQuery, IReadOnlyList<AccountRecipientDto>>
{
    public async ValueTask<IReadOnlyList<AccountRecipientDto>> Handle(ListAccountContactsByIdQuery query, CancellationToken cancellationToken)
    {
        var ids = query.UserIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await data.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Status != AccountStatus.Closing)
            .OrderBy(u => u.Id)
            .ProjectToType<AccountRecipientDto>(mapping)
            .ToListAsync(cancellationToken);
    }
}
