using Creo.Application.Generations.Catalog;

namespace Creo.Application.Generations.ListModels;

internal sealed class ListModelsQueryHandler(IModelCatalog catalog, IOptions<GenerationsOptions> options)
    : IQueryHandler<ListModelsQuery, IReadOnlyList<ModelDto>>
{
    public ValueTask<IReadOnlyList<ModelDto>> Handle(ListModelsQuery query, CancellationToken cancellationToken)
    {
        var preferred = options.Value.Provider;
        IReadOnlyList<ModelDto> models =
        [
            .. catalog.Models
                .OrderBy(m => string.Equals(m.Provider, preferred, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .Select(ToDto),
        ];
        return ValueTask.FromResult(models);
    }

    // Not Mapster: the default cost is computed, and the ranges depend on the kind of model.
    private static ModelDto ToDto(ModelDefinition model) => new(
        model.Id,
        model.Name,
        KebabNames.Of(model.Kind),
        model.Provider,
        model.Version,
        model.Pricing.CostOf(model.Width.Default, model.Height.Default, model.Kind == MediaKind.Video ? model.DurationSeconds?.Default : null),
        new ModelParametersDto(
            Range(model.Width),
            Range(model.Height),
            model.Kind == MediaKind.Video && model.DurationSeconds is { } duration ? Range(duration) : null,
            new RangeDto(0, Generation.MaxSeed, null, 1),
            model.AcceptsSourceImage),
        new ModelPricingDto(model.Pricing.BaseCost, model.Pricing.CostPerMegapixel, model.Pricing.CostPerSecond),
        model.Description);

    private static RangeDto Range(ParameterRange range) => new(range.Min, range.Max, range.Default, range.Step);
}
