namespace Creo.Application.Generations.CheckGeneration;

/// <summary>
/// Asks the provider once about a generation (after its webhook, or from the reconciliation job); unlike
/// <see cref="PollGeneration.PollGenerationJob"/> it never schedules a follow-up, so polls do not multiply.
/// </summary>
public sealed record CheckGenerationJob(Guid GenerationId) : IJob;
