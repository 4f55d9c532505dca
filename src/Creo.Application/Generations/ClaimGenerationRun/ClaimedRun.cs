using Creo.Application.Generations.Providers;

namespace Creo.Application.Generations.ClaimGenerationRun;

/// <summary>What a worker needs to drive one run; held in memory only, never in the job store.</summary>
public sealed record ClaimedRun(
    Guid GenerationId,
    Guid UserId,
    string Provider,
    string? PredictionId,
    string? SourceImageKey,
    ProviderRequest Request);
