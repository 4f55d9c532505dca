using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>The models that render on this machine; they need no account anywhere, so every deployment offers them.</summary>
public static class LocalModels
{
    public const string SketchProviderModel = "creo/local-sketch";

    public const string MosaicProviderModel = "creo/local-mosaic";

    public static readonly ModelDefinition Sketch = Image("local-sketch", "Local Sketch", SketchProviderModel);

    public static readonly ModelDefinition Mosaic = Image("local-mosaic", "Local Mosaic", MosaicProviderModel);

    public static IReadOnlyList<ModelDefinition> All { get; } = [Sketch, Mosaic];

    private static ModelDefinition Image(string id, string name, string providerModel) => new(
        id,
        name,
        MediaKind.Image,
        ProviderNames.Local,
        providerModel,
        "1.0.0",
        Width: new ParameterRange(256, 2048, 768, 64),
        Height: new ParameterRange(256, 2048, 768, 64),
        DurationSeconds: null,
        AcceptsSourceImage: true,
        new ModelPricing(BaseCost: 1, CostPerMegapixel: 1, CostPerSecond: 0),
        MaxRunTime: TimeSpan.FromMinutes(1));
}
