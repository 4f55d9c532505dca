namespace Creo.Application.Generations.ListModels;

/// <summary>The models on offer, those of the configured default provider first.</summary>
public sealed record ListModelsQuery : IQuery<IReadOnlyList<ModelDto>>;
