using Creo.Application.Accounts.Contracts;
using Mapster;

namespace Creo.Application.Accounts.FindAccountByEmail;

internal sealed class FindAccountByEmailQueryHandler(IAccountsData data, TypeAdapterConfig mapping) : IQueryHandler<FindAccountByEmailQuery, AccountRecipientDto?>
{
    public async ValueTask<AccountRecipientDto?> Handle(FindAccountByEmailQuery query, CancellationToken cancellationToken)
    {
        var email = User.NormalizeEmail(query.Email);
        return await data.Users.AsNoTracking()
            .Where(u => u.Email == email)
            .ProjectToType<AccountRecipientDto>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
