using Creo.Application.Generations.Contracts;

namespace Creo.Application.Generations.ListGenerationFacts;

internal sealed class ListGenerationFactsQueryHandler(IGenerationsData data) : IQueryHandler<ListGenerationFactsQuery, IReadOnlyList<GenerationFactDto>>
{
    public async ValueTask<IReadOnlyList<GenerationFactDto>> Handle(ListGenerationFactsQuery query, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(query.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(1);
        var rows = await data.Generations.AsNoTracking()
            .Where(g => g.CreatedAt >= from && g.CreatedAt < to)
            .Select(g => new { g.UserId, g.ModelId, g.Status, g.CreditCost, g.CreatedAt })
            .ToListAsync(cancellationToken);

        // Not Mapster: the credits spent are computed from the outcome, not copied.
        // FinishGeneration captures a succeeded run's hold in full and releases it on any other outcome.
        return [.. rows.Select(g => new GenerationFactDto(
            g.UserId, g.ModelId, KebabNames.Of(g.Status), g.Status == GenerationStatus.Succeeded ? g.CreditCost : 0, g.CreatedAt))];
    }
}
