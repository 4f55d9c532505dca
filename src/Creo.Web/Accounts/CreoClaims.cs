using System.Security.Claims;
using Creo.Application.Accounts.Contracts;
using Creo.Domain.Accounts;

namespace Creo.Web.Accounts;

/// <summary>The claims a session principal carries, and how endpoints read them back.</summary>
public static class CreoClaims
{
    public const string SessionId = "creo:sid";
    public const string OnboardingRequired = "creo:onboarding_required";

    public static ClaimsPrincipal ToPrincipal(SessionPrincipal session, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, session.UserId.ToString()),
            new(ClaimTypes.Email, session.Email),
            new(SessionId, session.SessionId.ToString()),
            new(OnboardingRequired, session.OnboardingRequired ? "true" : "false"),
        };
        claims.AddRange(RoleNames.Of(session.Roles).Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static Guid SessionIdOf(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(SessionId) ?? throw new InvalidOperationException("Not signed in."));

    public static bool NeedsOnboarding(this ClaimsPrincipal user) => user.FindFirstValue(OnboardingRequired) == "true";
}
