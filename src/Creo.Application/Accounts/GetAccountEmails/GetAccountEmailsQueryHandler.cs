using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.GetAccountEmails;

internal sealed class GetAccountEmailsQueryHandler(IAccountsData data) : IQueryHandler<GetAccountEmailsQuery, IReadOnlyDictionary<Guid, string>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, string>> Handle(GetAccountEmailsQuery query, CancellationToken cancellationToken)
    {
        if (query.UserIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var ids = query.UserIds.Distinct().ToList();
        return await data.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
    }
}
