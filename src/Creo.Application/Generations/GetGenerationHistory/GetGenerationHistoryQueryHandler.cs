using Creo.Application.Generations.Contracts;
using Mapster;

namespace Creo.Application.Generations.GetGenerationHistory;

internal sealed class GetGenerationHistoryQueryHandler(IGenerationsData data, TypeAdapterConfig mapping) : IQueryHandler<GetGenerationHistoryQuery, IReadOnlyList<GenerationHistoryItemDto>>
{
    public async ValueTask<IReadOnlyList<GenerationHistoryItemDto>> Handle(GetGenerationHistoryQuery query, CancellationToken cancellationToken) =>
        await data.Generations.AsNoTracking()
            .Where(g => g.UserId == query.UserId)
            .OrderByDescending(g => g.Id)
            .Take(Math.Clamp(query.Limit, 1, 200))
            .ProjectToType<GenerationHistoryItemDto>(mapping)
            .ToListAsync(cancellationToken);
}
