namespace Creo.Application.Generations.SubmitGeneration;

/// <summary>
/// Asks a model for media: holds the cost, stores the generation and schedules its run. Size defaults to the
/// model's; a missing seed is drawn at random and kept, so the result can be made again.
/// </summary>
public sealed record SubmitGenerationCommand(
    Guid UserId,
    string ModelId,
    string Prompt,
    int? Width,
    int? Height,
    int? DurationSeconds,
    long? Seed,
    Guid? SourceImageId,
    string? IdempotencyKey) : ICommand<SubmittedGenerationDto>;
