namespace Creo.Application.Accounts.Contracts;

/// <summary>A new session: the raw token goes into the cookie and nowhere else.</summary>
public sealed record SignInResult(Guid UserId, Guid SessionId, string SessionToken, DateTimeOffset ExpiresAt, bool OnboardingRequired);
