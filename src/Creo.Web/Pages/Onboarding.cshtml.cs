using Creo.Application.Accounts.CompleteOnboarding;
using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Domain.Common;
using Creo.Web.Accounts;
using Creo.Web.Common;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Creo.Web.Pages;

/// <summary>
/// A new account confirms its age and accepts the policy in force, through the same command as
/// <c>POST /api/me/onboarding</c>. The version accepted is the one the form showed, so a policy published
/// while the person was reading is refused and shown to them instead of being accepted unread.
/// </summary>
[Authorize]
public sealed class OnboardingModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public bool ConfirmsAge16OrOlder { get; set; }

    [BindProperty]
    public bool AcceptsPolicy { get; set; }

    [BindProperty]
    public int PolicyVersion { get; set; }

    public string? FormError { get; private set; }

    public string? AgeError => FirstError(nameof(ConfirmsAge16OrOlder));

    public string? PolicyError => FirstError(nameof(AcceptsPolicy));

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

        try
        {
            // An unticked policy box accepts no version (0), which the command's validator refuses like the API's.
            await mediator.Send(new CompleteOnboardingCommand(User.UserId(), ConfirmsAge16OrOlder, AcceptsPolicy ? PolicyVersion : 0), cancellationToken);
            return Redirect(AuthEndpoints.LandingPath(onboardingRequired: false));
        }
        catch (ValidationException invalid)
        {
            foreach (var failure in invalid.Errors)
            {
                if (failure.PropertyName == nameof(CompleteOnboardingCommand.ConfirmsAge16OrOlder))
                {
                    ModelState.AddModelError(nameof(ConfirmsAge16OrOlder), failure.ErrorMessage);
                }
                else if (failure.PropertyName == nameof(CompleteOnboardingCommand.AcceptsPolicyVersion))
                {
                    ModelState.AddModelError(nameof(AcceptsPolicy), "Read and accept the privacy policy to continue.");
                }
                else
                {
                    throw;
                }
            }
        }
        catch (DomainException outdated) when (outdated.Code == "policy-version-outdated")
        {
            FormError = outdated.Message;
            AcceptsPolicy = false;
        }

        PolicyVersion = (await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken)).Version;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private string? FirstError(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
