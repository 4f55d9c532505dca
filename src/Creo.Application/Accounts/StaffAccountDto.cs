namespace Creo.Application.Accounts;

/// <summary>
/// An account as support staff see it: who, since when, in what state, and its standing — no prompts, no media.
/// <paramref name="MinorRemovalFiledAt"/> is set while a report that it is a minor's waits for an admin.
/// </summary>
public sealed record StaffAccountDto(
    Guid Id, string Email, string Name, string AuthMethod, string Status, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt,
    string? Tier, long? CreditBalance, DateTimeOffset? MinorRemovalFiledAt);
