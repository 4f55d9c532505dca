using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// The models that render on this machine; they need no account anywhere, so every deployment offers them. They
/// are drawings directed by the prompt's words, not generative AI, and their names and descriptions say so.
/// </summary>
public static class LocalModels
{
    public const string SketchProviderModel = "creo/local-sketch";

    public const string MosaicProviderModel = "creo/local-mosaic";

    public static readonly ModelDefinition Sketch = Image(
        "local-sketch",
        "Local preview — painterly",
        SketchProviderModel,
        "A quick preview drawn on Crëo's own server, not an AI model: a painted scene in the colours, light, subject and style your prompt names, such as \"green hills at dawn\" or \"neon city at night\".");

    public static readonly ModelDefinition Mosaic = Image(
        "local-mosaic",
        "Local preview — mosaic",
        MosaicProviderModel,
        "A quick preview drawn on Crëo's own server, not an AI model: the scene your prompt names, set in mosaic tiles. A source image is retiled in the prompt's colours.");

    public static IReadOnlyList<ModelDefinition> All { get; } = [Sketch, Mosaic];

    private static ModelDefinition Image(string id, string name, string providerModel, string description) => new(
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
        MaxRunTime: TimeSpan.FromMinutes(1),
        description);
}
