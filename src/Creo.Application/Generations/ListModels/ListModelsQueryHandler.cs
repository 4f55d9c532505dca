using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers.Health;

namespace Creo.Application.Generations.ListModels;

internal sealed class ListModelsQueryHandler(IModelCatalog catalog, IOptions<GenerationsOptions> options, IHostHealth health)
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

    // Not Mapster: the default cost is computed, the ranges depend on the kind of model, availability on the host's breaker.
    private ModelDto ToDto(ModelDefinition model) => ToDto(model, health.Availability(model.Provider).IsAvailable);

    private static ModelDto ToDto(ModelDefinition model, bool available) => new(
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
        model.Description,
        model.Provider,
        available,
        available ? null : HostNames.NotAnswering(model.Provider));

    private static RangeDto Range(ParameterRange range) => new(range.Min, range.Max, range.Default, range.Step);
}
