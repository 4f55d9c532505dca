using Creo.Application.Common.Text;
using Creo.Application.Generations.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Generations.GetGenerationHistory;

internal sealed class GetGenerationHistoryQueryHandler(IGenerationsData data) : IQueryHandler<GetGenerationHistoryQuery, IReadOnlyList<GenerationHistoryItemDto>>
{
    public async ValueTask<IReadOnlyList<GenerationHistoryItemDto>> Handle(GetGenerationHistoryQuery query, CancellationToken cancellationToken)
    {
        var rows = await data.Generations.AsNoTracking()
            .Where(g => g.UserId == query.UserId)
            .OrderByDescending(g => g.Id)
            .Take(Math.Clamp(query.Limit, 1, 200))
            .Select(g => new { g.Id, g.ModelId, g.Status, g.Width, g.Height, g.DurationSeconds, g.CreditCost, g.CreatedAt, g.CompletedAt, g.Error })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(g => new GenerationHistoryItemDto(
            g.Id, g.ModelId, KebabNames.Of(g.Status), g.Width, g.Height, g.DurationSeconds, g.CreditCost, g.CreatedAt, g.CompletedAt, g.Error))];
    }
}
