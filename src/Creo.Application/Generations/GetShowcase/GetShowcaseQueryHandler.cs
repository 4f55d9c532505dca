using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Showcase;

namespace Creo.Application.Generations.GetShowcase;

internal sealed class GetShowcaseQueryHandler(IModelCatalog catalog) : IQueryHandler<GetShowcaseQuery, ShowcaseDto>
{
    public ValueTask<ShowcaseDto> Handle(GetShowcaseQuery query, CancellationToken cancellationToken)
    {
        var items = ShowcaseExamples.All
            .Select(example => (example, model: ShowcaseModels.For(catalog, example)))
            .Where(pair => pair.model is not null)
            .Select(pair => new ShowcaseItemDto(pair.example.Number, pair.example.Prompt, pair.model!.Name))
            .ToList();
        return ValueTask.FromResult(new ShowcaseDto(items, catalog.Models.Any(model => model.Kind == MediaKind.Video)));
    }
}
