using Creo.Application.Accounts.Contracts;
using Creo.Domain.Accounts;

namespace Creo.Web.Accounts;

/// <summary>The claims a session principal carries (read back through <see cref="Caller"/>).</summary>
public static class CreoClaims
{
    public static ClaimsPrincipal ToPrincipal(SessionPrincipal session, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, session.UserId.ToString()),
            new(ClaimTypes.Email, session.Email),
            new(Caller.SessionIdClaim, session.SessionId.ToString()),
            new(Caller.OnboardingRequiredClaim, session.OnboardingRequired ? "true" : "false"),
        };
        claims.AddRange(RoleNames.Of(session.Roles).Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
