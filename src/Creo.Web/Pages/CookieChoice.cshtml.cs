using Creo.Application.Privacy.ChooseAnalytics;
using Creo.Web.Privacy;

namespace Creo.Web.Pages;

/// <summary>
/// The cookie banner's Accept and Decline: records the answer (source <c>cookie-banner</c>), sets or clears the
/// analytics cookie to match, and goes back to the page the person was on. Without scripts it is a plain form post
/// and redirect; <c>wwwroot/js/cookies.js</c> posts the same form and asks for JSON, so the page stays put.
/// </summary>
[Authorize]
public sealed class CookieChoiceModel(IMediator mediator) : PageModel
{
    public const string PolicySection = "/privacy#section-09";

    [BindProperty]
    public bool Analytics { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Redirect(PolicySection);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var allowed = await mediator.Send(new ChooseAnalyticsCommand(User.UserId(), Analytics, Request.SendsGlobalPrivacyControl()), cancellationToken);
        AnalyticsCookie.Apply(HttpContext, allowed);
        if (Request.Headers.Accept.Any(value => value?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return new JsonResult(new { analytics = allowed });
        }

        // Only back to a page of our own: the return address comes from the form, so it cannot be trusted as a URL.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
