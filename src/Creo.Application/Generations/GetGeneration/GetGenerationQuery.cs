namespace Creo.Application.Generations.GetGeneration;

/// <summary>One of the caller's generations with its receipt; another account's id is not found, exactly like a missing one.</summary>
public sealed record GetGenerationQuery(Guid UserId, Guid GenerationId) : IQuery<GenerationDto>;
