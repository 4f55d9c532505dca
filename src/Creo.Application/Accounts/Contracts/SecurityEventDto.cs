namespace Creo.Application.Accounts.Contracts;

/// <summary>One row of <c>GET /api/me/security-log</c>.</summary>
public sealed record SecurityEventDto(Guid Id, string Kind, DateTimeOffset OccurredAt, string? IpAddress, string? UserAgent, string? Detail);
