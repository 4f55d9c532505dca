namespace Creo.Application.Generations.Contracts;

public sealed record GenerationHistoryItemDto(
    Guid Id, string ModelId, string Status, int Width, int Height, int? DurationSeconds, long CreditCost,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, string? Error);
