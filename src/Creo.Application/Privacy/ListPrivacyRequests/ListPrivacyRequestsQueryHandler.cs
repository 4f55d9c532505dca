using Mapster;

namespace Creo.Application.Privacy.ListPrivacyRequests;

internal sealed class ListPrivacyRequestsQueryHandler(IPrivacyData data, TypeAdapterConfig mapping) : IQueryHandler<ListPrivacyRequestsQuery, IReadOnlyList<PrivacyRequestDto>>
{
    public async ValueTask<IReadOnlyList<PrivacyRequestDto>> Handle(ListPrivacyRequestsQuery query, CancellationToken cancellationToken) =>
        await data.PrivacyRequests.AsNoTracking()
            .Where(r => r.UserId == query.UserId)
            .OrderByDescending(r => r.ReceivedAt)
            .Take(200)
            .ProjectToType<PrivacyRequestDto>(mapping)
            .ToListAsync(cancellationToken);
}
