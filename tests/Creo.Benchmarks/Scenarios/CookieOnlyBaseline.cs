using Creo.Application.Accounts.Contracts;
using Creo.Domain.Accounts;
using Creo.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// The session benchmark's baseline, wired into the benchmark's app only (never the product): ASP.NET Core's stock
/// cookie authentication, whose cookie is the whole ticket (the same claims Crëo's session gives, encrypted and
/// signed with the app's Data Protection key ring), so a request is authenticated without asking the database. A
/// request that carries <see cref="CookieName"/> is forwarded to it by Crëo's own scheme; every other request is
/// authenticated by Crëo's session lookup as always. Same app, same endpoints, same middleware: only that differs.
/// </summary>
public static class CookieOnlyBaseline
{
    public const string Scheme = "BenchCookieOnly";

    public const string CookieName = "bench_ticket";

    /// <summary>Crëo's scheme name (its handler is internal to Creo.Web; the name is what the options are keyed by).</summary>
    private const string CreoScheme = "CreoSession";

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;

            // No re-issued cookies mid-run: each answer is the same whichever side asked.
            options.SlidingExpiration = false;
        });
        services.PostConfigure<AuthenticationSchemeOptions>(CreoScheme, options =>
            options.ForwardDefaultSelector = context => context.Request.Cookies.ContainsKey(CookieName) ? Scheme : null);
    }

    /// <summary>The cookie value a sign-in through this scheme would have set for the given session.</summary>
    public static string Ticket(IServiceProvider services, Guid userId, Guid sessionId, string email)
    {
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(Scheme);
        var principal = CreoClaims.ToPrincipal(new SessionPrincipal(userId, sessionId, email, Role.User, OnboardingRequired: false), Scheme);
        var now = DateTimeOffset.UtcNow;
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.ExpireTimeSpan };
        return options.TicketDataFormat.Protect(new AuthenticationTicket(principal, properties, Scheme));
    }
}
