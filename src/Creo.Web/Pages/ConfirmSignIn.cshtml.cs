using SignInResult = Creo.Application.Accounts.Contracts.SignInResult;
using Creo.Application.Accounts.PreviewEmailSignIn;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Web.Accounts;

namespace Creo.Web.Pages;

/// <summary>
/// Where a mailed sign-in link lands (<c>GET /api/auth/email/verify?token=</c>). Opening it spends nothing, since mail
/// scanners prefetch links; it shows whose account the link opens (masked) and one button. Only that button's POST —
/// with this page's antiforgery token, so another site cannot post an attacker's link from a victim's browser (login
/// CSRF) — spends the token and starts the session. A used or expired token is this page's second state (400): it
/// says so and offers the form that mails a new link; on POST an API client gets the 400 problem instead.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimits.VerifyPolicy)]
public sealed class ConfirmSignInModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    /// <summary>The address the link signs in, masked; null when the link cannot be used.</summary>
    public string? MaskedAddress { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The token is in this page's address: no cache keeps it, and no link from here carries it off as a referrer.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var email = await mediator.Send(new PreviewEmailSignInQuery(Token ?? string.Empty), cancellationToken);
        if (email is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        MaskedAddress = MaskedEmail.Of(email);
        return Page();
    }

    [HandlesErrorItself("a link spent or expired since the page opened is this page's own second state, with the form for a new link")]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInResult result;
        try
        {
            result = await mediator.Send(new VerifyEmailSignInCommand(Token ?? string.Empty, ClientInfoReader.Read(HttpContext)), cancellationToken);
        }
        catch (InvalidInputException) when (BrowserRequests.WantsPage(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        SessionCookie.Set(HttpContext, result.SessionToken, result.ExpiresAt);
        Response.Headers.Location = AuthEndpoints.LandingPath(result.OnboardingRequired);
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
