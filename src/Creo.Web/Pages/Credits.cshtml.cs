using Creo.Application.Common.Ports;
using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Credits.GetCreditHistory;

namespace Creo.Web.Pages;

/// <summary>
/// The balance and the history that explains it: one row per generation (held, then charged or returned), one per
/// other entry, each with the balance after it. "Load more" is a link to the next keyset page;
/// <c>wwwroot/js/credits.js</c> appends that page's rows in place.
/// </summary>
[Authorize]
[OnboardingFirst]
public sealed class CreditsModel(IMediator mediator, IOptions<SupportContact> support) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public CreditHistoryDto Credits { get; private set; } = new(0, [], null);

    /// <summary>Whether credits can be bought here; without payments the page offers no dead end to the billing page.</summary>
    public bool CanBuy { get; private set; }

    /// <summary>Where people write for credits when none can be bought here.</summary>
    public string SupportEmail => support.Value.ContactEmail;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Credits = await mediator.Send(new GetCreditHistoryQuery(User.UserId(), PageSize, Cursor), cancellationToken);
        CanBuy = (await mediator.Send(new GetBillingPlansQuery(), cancellationToken)).Configured;
    }
}
