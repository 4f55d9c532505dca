using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Billing.GetBillingStatus;
using Creo.Application.Billing.ListInvoices;
using Creo.Application.Billing.OpenPortal;
using Creo.Application.Billing.StartCheckout;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Infrastructure.Billing;
using Creo.Infrastructure.Common;
using Creo.Web.Billing;

namespace Creo.Web.Pages;

/// <summary>
/// Plans, credit packs, the person's subscription and invoices, through the same queries and commands as
/// <c>/api/billing</c>. "Subscribe", "Buy" and "Manage subscription" are plain forms whose answer is a redirect to
/// Stripe; Stripe sends the person back to <c>/billing?checkout=success</c> or <c>?checkout=canceled</c>.
/// </summary>
[Authorize]
[OnboardingFirst]
public sealed class BillingModel(
    IMediator mediator, IOptions<CreoOptions> creo, ILogger<BillingModel> logger) : PageModel, IShowsHandlerErrors
{
    /// <summary>How Stripe's return says the checkout went: <c>success</c> or <c>canceled</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "checkout")]
    public string? CheckoutOutcome { get; set; }

    [BindProperty]
    public string? PlanId { get; set; }

    [BindProperty]
    public string? PackId { get; set; }

    public BillingPlansDto Plans { get; private set; } = new(false, [], [], string.Empty);

    public BillingStatusDto? Status { get; private set; }

    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];

    /// <summary>Since when a disputed payment holds the account (no purchases until support lifts it), or null.</summary>
    public DateTimeOffset? DisputeHoldSince { get; private set; }

    /// <summary>The ModelState key of a plan or pack the form named that is not on offer (a tampered or outdated form).</summary>
    private const string NotOnOffer = "not-on-offer";

    /// <summary>The ModelState key of a Stripe that could not be reached.</summary>
    private const string StripeUnreachable = "stripe-unreachable";

    /// <summary>The refusal, keyed by its problem code: the key picks the title and, for the codes the page knows, its own words.</summary>
    private KeyValuePair<string, string>? Refusal => ModelState
        .Where(entry => entry.Value is { Errors.Count: > 0 })
        .Select(entry => (KeyValuePair<string, string>?)KeyValuePair.Create(entry.Key, entry.Value!.Errors[0].ErrorMessage))
        .FirstOrDefault();

    public string? ErrorTitle => Refusal?.Key switch
    {
        null => null,
        NotOnOffer => "That is no longer on offer",
        DisputeHolds.ProblemCode => "Purchases are paused",
        "already-subscribed" => "You already have a subscription",
        "no-billing-account" => "Nothing to manage yet",
        "billing-not-configured" => "Ask support for credits",
        StripeUnreachable => "Stripe could not be reached",
        _ => "That did not work",
    };

    public string? ErrorMessage => Refusal switch
    {
        null => null,
        { Key: NotOnOffer } => "The plan or pack you chose is not on offer any more. Choose one of those below.",
        { Key: "already-subscribed" } => "Nothing was charged. To switch plans or cancel, use Manage subscription below.",
        { Key: "no-billing-account" } => "You have not bought anything yet, so there is no subscription or payment to manage.",
        { Key: "billing-not-configured" } => $"Credits cannot be bought here. Write to {SupportEmail} for more; everything else works as it is.",
        { Key: StripeUnreachable } => "Nothing was charged. Please try again in a moment.",
        { Value: var message } => message,
    };

    /// <summary>Where people write for credits when none can be bought here.</summary>
    public string SupportEmail => creo.Value.ContactEmail;

    /// <summary>The subscription that still counts (active, on trial or overdue): while there is one, no other can start.</summary>
    public SubscriptionDto? CurrentSubscription =>
        Status?.Subscription is { } subscription && BillingNames.IsCurrent(subscription.Status) ? subscription : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCheckoutAsync(CancellationToken cancellationToken) =>
        await GoToStripeAsync(
            async () => (await mediator.Send(
                new StartCheckoutCommand(User.UserId(), Blank(PlanId), Blank(PackId), ReturnBase()), cancellationToken)).Url,
            cancellationToken);

    public async Task<IActionResult> OnPostPortalAsync(CancellationToken cancellationToken) =>
        await GoToStripeAsync(
            async () => (await mediator.Send(new OpenPortalCommand(User.UserId(), ReturnBase()), cancellationToken)).Url,
            cancellationToken);

    [HandlesErrorItself("Stripe unreachable is no error of the application's: the page says to try again, with a 502")]
    private async Task<IActionResult> GoToStripeAsync(Func<Task<Uri>> open, CancellationToken cancellationToken)
    {
        try
        {
            return Redirect((await open()).AbsoluteUri);
        }
        catch (Exception failed) when (failed is not OperationCanceledException && ProblemMapping.Of(failed) is null)
        {
            // Stripe unreachable or refusing: nothing was bought, and the person may simply try again. The
            // application's own refusals pass to the page filter.
            logger.LogError(failed, "Opening a Stripe page failed");
            ModelState.AddModelError(StripeUnreachable, "Stripe could not be reached.");
            Response.StatusCode = StatusCodes.Status502BadGateway;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Only a tampered or outdated form names a plan or pack that is not on offer: the one invalid field here.</summary>
    string? IShowsHandlerErrors.FieldFor(string commandProperty) => NotOnOffer;

    string? IShowsHandlerErrors.RefusalKey(string code) => code;

    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        DisputeHoldSince = await mediator.Send(new GetDisputeHoldQuery(User.UserId()), cancellationToken);
        Plans = await mediator.Send(new GetBillingPlansQuery(), cancellationToken);
        if (!Plans.Configured)
        {
            return;
        }

        Status = await mediator.Send(new GetBillingStatusQuery(User.UserId()), cancellationToken);
        Invoices = await mediator.Send(new ListInvoicesQuery(User.UserId()), cancellationToken);
        Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy(StripePages.Origins);
    }

    private Uri ReturnBase() => new(PublicBaseUrl.Of(HttpContext, creo.Value));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
