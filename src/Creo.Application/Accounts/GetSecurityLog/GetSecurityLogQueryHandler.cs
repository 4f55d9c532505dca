using Creo.Application.Accounts.Contracts;
using Mapster;

namespace Creo.Application.Accounts.GetSecurityLog;

internal sealed class GetSecurityLogQueryHandler(IAccountsData data, TypeAdapterConfig mapping) : IQueryHandler<GetSecurityLogQuery, IReadOnlyList<SecurityEventDto>>
{
    public async ValueTask<IReadOnlyList<SecurityEventDto>> Handle(GetSecurityLogQuery query, CancellationToken cancellationToken) =>
        await data.SecurityEvents
            .AsNoTracking()
            .Where(e => e.UserId == query.UserId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(Math.Clamp(query.Limit, 1, 500))
            .ProjectToType<SecurityEventDto>(mapping)
            .ToListAsync(cancellationToken);
}
