using Creo.Application.Generations.Catalog;

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

    public ModelDefinition? Find(string modelId) => byId.GetValueOrDefault(modelId);
}
