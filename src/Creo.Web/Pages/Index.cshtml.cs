using Creo.Web.Accounts;

namespace Creo.Web.Pages;

/// <summary>The front door. A signed-in person has come to work, so they go straight on to the studio (or onboarding).</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Redirect(AuthEndpoints.LandingPath(User.NeedsOnboarding())) : Page();
}
