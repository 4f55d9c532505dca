using Creo.Application.Generations.Providers;

namespace Creo.Application.Generations.ClaimGenerationRun;

/// <summary>
/// What a worker needs to drive one run; held in memory only, never in the job store. <see cref="Attempt"/> counts the
/// claims, this one included: 1 on the run's first.
/// </summary>
public sealed record ClaimedRun(
    Guid GenerationId,
    Guid UserId,
    string Provider,
    string? PredictionId,
    string? SourceImageKey,
    ProviderRequest Request,
    int Attempt);
