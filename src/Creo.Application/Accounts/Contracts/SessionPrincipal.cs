namespace Creo.Application.Accounts.Contracts;

/// <summary>Who is behind a valid session cookie: what every request's authorization decisions rest on.</summary>
public sealed record SessionPrincipal(Guid UserId, Guid SessionId, string Email, Role Roles, bool OnboardingRequired);
