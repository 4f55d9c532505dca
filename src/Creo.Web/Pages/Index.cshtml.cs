using Creo.Application.Generations.GetShowcase;
using Creo.Application.Generations.Showcase;
using Creo.Web.Accounts;

namespace Creo.Web.Pages;

/// <summary>
/// The front door: what Crëo makes (examples rendered by the shipped local models) and one clear way in. A signed-in
/// person has come to work, so they go straight on to the studio (or onboarding).
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ShowcaseDto Showcase { get; private set; } = new([], false);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(AuthEndpoints.LandingPath(User.NeedsOnboarding()));
        }

        Showcase = await mediator.Send(new GetShowcaseQuery(), cancellationToken);
        return Page();
    }
}
