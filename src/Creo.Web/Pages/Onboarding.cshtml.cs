using Creo.Application.Accounts.CompleteOnboarding;
using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Web.Accounts;

namespace Creo.Web.Pages;

/// <summary>
/// A new account confirms its age and accepts the policy in force, through the same command as
/// <c>POST /api/me/onboarding</c>. The version accepted is the one the form showed, so a policy published
/// while the person was reading is refused and shown to them instead of being accepted unread.
/// </summary>
[Authorize]
public sealed class OnboardingModel(IMediator mediator) : PageModel, IShowsHandlerErrors
{
    [BindProperty]
    public bool ConfirmsAge16OrOlder { get; set; }

    [BindProperty]
    public bool AcceptsPolicy { get; set; }

    [BindProperty]
    public int PolicyVersion { get; set; }

    /// <summary>A refusal of the whole form: the policy changed while the person was reading it.</summary>
    public string? FormError => ModelState.FormError();

    public string? AgeError => ModelState.ErrorOf(nameof(ConfirmsAge16OrOlder));

    /// <summary>The box is the person's only way to name a version, so any refusal of the version asks them to tick it.</summary>
    public string? PolicyError => ModelState.ErrorOf(nameof(AcceptsPolicy)) is null ? null : "Read and accept the privacy policy to continue.";

    public bool HasErrors => FormError is not null || AgeError is not null || PolicyError is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.NeedsOnboarding())
        {
            return Redirect(AuthEndpoints.LandingPath(onboardingRequired: false));
        }

        PolicyVersion = (await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken)).Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!User.NeedsOnboarding())
        {
            return Redirect(AuthEndpoints.LandingPath(onboardingRequired: false));
        }

        // An unticked policy box accepts no version (0), which the command's validator refuses like the API's.
        await mediator.Send(new CompleteOnboardingCommand(User.UserId(), ConfirmsAge16OrOlder, AcceptsPolicy ? PolicyVersion : 0), cancellationToken);
        return Redirect(AuthEndpoints.LandingPath(onboardingRequired: false));
    }

    string? IShowsHandlerErrors.FieldFor(string commandProperty) => commandProperty switch
    {
        nameof(CompleteOnboardingCommand.ConfirmsAge16OrOlder) => nameof(ConfirmsAge16OrOlder),
        nameof(CompleteOnboardingCommand.AcceptsPolicyVersion) => nameof(AcceptsPolicy),
        _ => null,
    };

    /// <summary>The form is drawn again with the policy in force; a refusal of the version read unticks its box, asking for the new one to be read.</summary>
    async Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken)
    {
        AcceptsPolicy &= FormError is null;
        PolicyVersion = (await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken)).Version;
    }
}
