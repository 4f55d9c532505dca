namespace Creo.Application.Accounts;

/// <summary>An account as support staff see it: who, since when, in what state, and its standing — no prompts, no media.</summary>
public sealed record StaffAccountDto(
    Guid Id, string Email, string Name, string AuthMethod, string Status, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt,
    string? Tier, long? CreditBalance);
