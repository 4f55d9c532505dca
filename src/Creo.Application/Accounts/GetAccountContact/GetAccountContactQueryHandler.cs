using Creo.Application.Accounts.Contracts;
using Mapster;

namespace Creo.Application.Accounts.GetAccountContact;

internal sealed class GetAccountContactQueryHandler(IAccountsData data, TypeAdapterConfig mapping) : IQueryHandler<GetAccountContactQuery, AccountContactDto>
{
    public async ValueTask<AccountContactDto> Handle(GetAccountContactQuery query, CancellationToken cancellationToken) =>
        await data.Users.AsNoTracking()
            .Where(u => u.Id == query.UserId)
            .ProjectToType<AccountContactDto>(mapping)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Account");
}
