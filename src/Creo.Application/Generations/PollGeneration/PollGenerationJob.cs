namespace Creo.Application.Generations.PollGeneration;

/// <summary>Asks the provider about a running generation and, while it runs, schedules the next ask.</summary>
public sealed record PollGenerationJob(Guid GenerationId) : IJob;
