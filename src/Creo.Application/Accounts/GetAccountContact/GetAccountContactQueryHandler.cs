using Creo.Application.Accounts.Contracts;
using Creo.Application.Common.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.GetAccountContact;

internal sealed class GetAccountContactQueryHandler(IAccountsData data) : IQueryHandler<GetAccountContactQuery, AccountContactDto>
{
    public async ValueTask<AccountContactDto> Handle(GetAccountContactQuery query, CancellationToken cancellationToken) =>
        await data.Users.AsNoTracking()
            .Where(u => u.Id == query.UserId)
            .Select(u => new AccountContactDto(u.Email, u.Name))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Account");
}
