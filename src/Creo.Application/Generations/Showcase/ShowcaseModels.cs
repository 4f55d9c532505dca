using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;

namespace Creo.Application.Generations.Showcase;

/// <summary>
/// Which model renders an example: the local image models, taken in turn, since they run in-process at no cost and
/// are on offer everywhere; hosted models are never called just to decorate a page.
/// </summary>
internal static class ShowcaseModels
{
    /// <summary>The edge the examples are rendered at (or the nearest size the model allows): a card, not a poster.</summary>
    private const int Edge = 640;

    public static ModelDefinition? For(IModelCatalog catalog, ShowcaseExample example)
    {
        var locals = catalog.Models.Where(model => model.Provider == ProviderNames.Local && model.Kind == MediaKind.Image).ToList();
        return locals.Count == 0 ? null : locals[(example.Number - 1) % locals.Count];
    }

    public static int SizeWithin(ParameterRange range)
    {
        var wanted = Math.Clamp(Edge, range.Min, range.Max);
        return range.Min + ((wanted - range.Min) / range.Step * range.Step);
    }
}
