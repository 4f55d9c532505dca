namespace Creo.Web.Common;

/// <summary>
/// Who is calling, read from the session principal. Every module's endpoints scope their queries with it, so it
/// lives here rather than in the accounts module that issues the session.
/// </summary>
public static class Caller
{
    public const string SessionIdClaim = "creo:sid";
    public const string OnboardingRequiredClaim = "creo:onboarding_required";

    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static Guid SessionIdOf(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(SessionIdClaim) ?? throw new InvalidOperationException("Not signed in."));

    public static bool NeedsOnboarding(this ClaimsPrincipal user) => user.FindFirstValue(OnboardingRequiredClaim) == "true";
}
