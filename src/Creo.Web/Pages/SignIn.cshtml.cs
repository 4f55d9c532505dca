using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Infrastructure.Common;
using Creo.Web.Accounts;

namespace Creo.Web.Pages;

/// <summary>
/// Asks for a one-time sign-in link by mail, through the same command as <c>POST /api/auth/email/start</c>
/// and under the same per-IP limit. The confirmation reads the same whether or not the account exists.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimits.StartPolicy)]
public sealed class SignInModel(IMediator mediator, IOptions<CreoOptions> options, IConfiguration configuration) : PageModel, IShowsHandlerErrors
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? ErrorCode { get; set; }

    /// <summary>A refusal of the whole form (too many links asked for), as opposed to a problem with the address.</summary>
    public string? FormError => ModelState.FormError();

    public string? EmailError => ModelState.ErrorOf(nameof(Email));

    public string? Alert => FormError ?? (LinkSent ? null : SignInErrors.Describe(ErrorCode));

    public bool LinkSent { get; private set; }

    /// <summary>Where signing out lands: this page, saying so, ready for the next sign-in.</summary>
    public const string SignedOutPath = "/signin?signedout=1";

    [BindProperty(SupportsGet = true, Name = "signedout")]
    public string? SignedOutFlag { get; set; }

    public bool SignedOut => SignedOutFlag == "1";

    /// <summary>Set after a deletion request signed the person out: the date their account is erased.</summary>
    [BindProperty(SupportsGet = true, Name = "deletion")]
    public string? DeletionDate { get; set; }

    /// <summary>The date as a date, or null: only a well-formed date is shown, so the query string never writes its own words.</summary>
    public DateOnly? DeletionScheduledFor =>
        DateOnly.TryParseExact(DeletionDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    public bool GoogleEnabled => GoogleSignIn.IsConfigured(configuration);

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Redirect(AuthEndpoints.LandingPath(User.NeedsOnboarding())) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ErrorCode = null;
        await mediator.Send(new StartEmailSignInCommand(Email?.Trim() ?? string.Empty, PublicBaseUrl.Of(HttpContext, options.Value)), cancellationToken);
        LinkSent = true;
        return Page();
    }

    string? IShowsHandlerErrors.FieldFor(string commandProperty) =>
        commandProperty == nameof(StartEmailSignInCommand.Email) ? nameof(Email) : null;

    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
