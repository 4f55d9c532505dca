namespace Creo.Application.Accounts.Contracts;

/// <summary><c>GET /api/me</c>.</summary>
public sealed record ProfileDto(
    Guid Id,
    string Email,
    string Name,
    string? AvatarUrl,
    string AuthMethod,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Roles,
    string Tier,
    long CreditBalance,
    bool OnboardingRequired);
