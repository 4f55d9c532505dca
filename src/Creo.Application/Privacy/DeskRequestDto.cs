namespace Creo.Application.Privacy;

/// <summary>
/// A privacy request as the support desk sees it: whom to answer (<see cref="Email"/>, null once the account is gone),
/// what was asked, and by when. <see cref="Status"/> is <c>open</c>, <c>overdue</c> or <c>completed</c>.
/// </summary>
public sealed record DeskRequestDto(
    Guid Id,
    Guid UserId,
    string? Email,
    string Type,
    string Details,
    string Source,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    bool Overdue,
    string? ExtensionReason,
    DateTimeOffset? CompletedAt,
    string? Outcome);
