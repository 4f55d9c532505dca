using Creo.Application.Accounts.Contracts;
using Creo.Domain.Accounts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.FindAccountByEmail;

internal sealed class FindAccountByEmailQueryHandler(IAccountsData data) : IQueryHandler<FindAccountByEmailQuery, AccountRecipientDto?>
{
    public async ValueTask<AccountRecipientDto?> Handle(FindAccountByEmailQuery query, CancellationToken cancellationToken)
    {
        var email = User.NormalizeEmail(query.Email);
        return await data.Users.AsNoTracking()
            .Where(u => u.Email == email)
            .Select(u => new AccountRecipientDto(u.Id, u.Email, u.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
