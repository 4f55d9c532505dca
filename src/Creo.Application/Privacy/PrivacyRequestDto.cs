namespace Creo.Application.Privacy;

public sealed record PrivacyRequestDto(
    Guid Id,
    string Type,
    string Details,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    string? ExtensionReason,
    DateTimeOffset? CompletedAt,
    string? Outcome);
