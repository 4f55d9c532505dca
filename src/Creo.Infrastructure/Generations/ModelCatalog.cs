using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations;

/// <summary>The models on offer, fixed at start-up from the built-in local models and the configured hosted ones.</summary>
internal sealed class ModelCatalog : IModelCatalog
{
    private readonly Dictionary<string, ModelDefinition> byId;

    public ModelCatalog(IEnumerable<ModelDefinition> models)
    {
        Models = [.. models];
        var duplicates = Models.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException($"Model ids must be unique; configured twice: {string.Join(", ", duplicates)}.");
        }

        byId = Models.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ModelDefinition> Models { get; }

    /// <summary>
    /// The rule every host follows: its models are offered only when the host is configured, which is when it registered
    /// its <see cref="IGenerationProvider"/> (each host does so only with its key). A model whose host is missing is left
    /// out rather than listed and failed at run time.
    /// </summary>
    public static ModelCatalog OfConfiguredHosts(IEnumerable<ModelDefinition> models, IEnumerable<string> configuredHosts)
    {
        var hosts = configuredHosts.ToHashSet(StringComparer.Ordinal);
        return new ModelCatalog(models.Where(m => hosts.Contains(m.Provider)));
    }

    public ModelDefinition? Find(string modelId) => byId.GetValueOrDefault(modelId);
}
