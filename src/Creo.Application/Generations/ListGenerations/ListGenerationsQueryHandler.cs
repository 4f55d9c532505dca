using Creo.Application.Common.Paging;

namespace Creo.Application.Generations.ListGenerations;

internal sealed class ListGenerationsQueryHandler(IGenerationsData data, GenerationMapper mapper)
    : IQueryHandler<ListGenerationsQuery, Page<GenerationDto>>
{
    public async ValueTask<Page<GenerationDto>> Handle(ListGenerationsQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var generations = data.Generations.AsNoTracking().Where(g => g.UserId == query.UserId);
        if (Cursor.Parse(query.Cursor) is { } after)
        {
            generations = generations.Where(g => g.Id.CompareTo(after) < 0);
        }

        // One row more than asked tells whether there is a next page without counting.
        var page = await generations.OrderByDescending(g => g.Id).Take(limit + 1)
            .Include(g => g.Outputs)
            .ToListAsync(cancellationToken);
        var next = page.Count > limit ? Cursor.Of(page[limit - 1].Id) : null;
        return new Page<GenerationDto>([.. page.Take(limit).Select(g => mapper.ToDto(g))], next);
    }
}
