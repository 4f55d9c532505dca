namespace Creo.Application.Generations.Catalog;

/// <summary>The models on offer, from configuration: local models always, hosted ones when their provider is configured.</summary>
public interface IModelCatalog
{
    IReadOnlyList<ModelDefinition> Models { get; }

    ModelDefinition? Find(string modelId);
}
