using Creo.Application.Credits.Contracts;

namespace Creo.Application.Generations;

/// <summary>
/// A generation as its owner sees it (the HTTP contract's shape). <see cref="Receipt"/> is set on the detail view only.
/// <see cref="QueuePosition"/> is the provider's place in its queue while queued, null when the provider does not say.
/// </summary>
public sealed record GenerationDto(
    Guid Id,
    string Status,
    string Kind,
    string ModelId,
    string ModelVersion,
    string Prompt,
    GenerationParametersDto Parameters,
    Guid? SourceImageId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int Width,
    int Height,
    int? DurationSeconds,
    long CreditCost,
    string? Error,
    IReadOnlyList<GenerationOutputDto> Outputs,
    CreditReceiptDto? Receipt,
    int? QueuePosition = null);

public sealed record GenerationParametersDto(int Width, int Height, int? DurationSeconds, long Seed);

/// <summary>
/// A signed, expiring link to one output. A video's length (seconds) and picture size, read from its file, are set
/// for videos only: the model may not make exactly what was asked for.
/// </summary>
public sealed record GenerationOutputDto(
    string Url,
    string ContentType,
    DateTimeOffset ExpiresAt,
    double? DurationSeconds = null,
    int? Width = null,
    int? Height = null);
