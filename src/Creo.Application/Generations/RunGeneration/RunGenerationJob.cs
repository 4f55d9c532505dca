namespace Creo.Application.Generations.RunGeneration;

/// <summary>Runs one generation with its provider. Only the id is stored in the job system.</summary>
public sealed record RunGenerationJob(Guid GenerationId) : IJob;
