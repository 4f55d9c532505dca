using System.Text.Encodings.Web;
using Creo.Application.Accounts.AuthenticateSession;
using Microsoft.AspNetCore.Authentication;

namespace Creo.Web.Accounts;

/// <summary>
/// Authenticates a request by its session cookie, asking the database every time: a revoked session or a
/// suspended account is refused on its very next request, on every instance. API callers get problem
/// documents; pages send the person to the sign-in page.
/// </summary>
internal sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CreoSession";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(SessionCookie.Name, out var token) || string.IsNullOrEmpty(token) || token.Length > 128)
        {
            return AuthenticateResult.NoResult();
        }

        var session = await mediator.Send(new AuthenticateSessionCommand(token, ClientInfoReader.Read(Context)), Context.RequestAborted);
        return session is null
            ? AuthenticateResult.Fail("The session has ended.")
            : AuthenticateResult.Success(new AuthenticationTicket(CreoClaims.ToPrincipal(session, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (IsApi)
        {
            return WriteProblemAsync(StatusCodes.Status401Unauthorized, "unauthorized", "Sign in first", "This needs a signed-in session.");
        }

        Response.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(Request.Path + Request.QueryString));
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "forbidden", "Not allowed", "Your account may not do this.");

    private bool IsApi => Request.Path.StartsWithSegments("/api");

    private Task WriteProblemAsync(int status, string slug, string title, string detail) =>
        ProblemResponses.WriteAsync(Context, status, slug, title, detail);
}
