namespace Creo.Application.Accounts.Contracts;

/// <summary>One row of <c>GET /api/me/sessions</c>.</summary>
public sealed record SessionDto(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? IpAddress, string? UserAgent, bool Current);
