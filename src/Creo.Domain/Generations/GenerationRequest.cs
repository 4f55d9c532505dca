namespace Creo.Domain.Generations;

/// <summary>Everything a new generation is made from, checked against the model by the submit use case.</summary>
public sealed record GenerationRequest(
    Guid Id,
    Guid UserId,
    string ModelId,
    string ModelVersion,
    string Provider,
    MediaKind Kind,
    string Prompt,
    int Width,
    int Height,
    int? DurationSeconds,
    long Seed,
    Guid? SourceImageId,
    long CreditCost,
    string? IdempotencyKey,
    string? RequestFingerprint);
