using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Credits.GetCredits;

namespace Creo.Web.Pages;

/// <summary>
/// The balance and the ledger that explains it, through the same query as <c>GET /api/credits</c>. "Load more"
/// is a link to the next keyset page; <c>wwwroot/js/credits.js</c> appends that page's rows in place.
/// </summary>
[Authorize]
[OnboardingFirst]
public sealed class CreditsModel(IMediator mediator) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public CreditsDto Credits { get; private set; } = new(0, [], null);

    /// <summary>Whether credits can be bought here; without payments the page offers no dead end to the billing page.</summary>
    public bool CanBuy { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Credits = await mediator.Send(new GetCreditsQuery(User.UserId(), PageSize, Cursor), cancellationToken);
        CanBuy = (await mediator.Send(new GetBillingPlansQuery(), cancellationToken)).Configured;
    }
}
