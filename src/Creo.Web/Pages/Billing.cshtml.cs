using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Billing.GetBillingStatus;
using Creo.Application.Billing.ListInvoices;
using Creo.Application.Billing.OpenPortal;
using Creo.Application.Billing.StartCheckout;
using Creo.Application.Common.Errors;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Domain.Common;
using Creo.Infrastructure.Billing;
using Creo.Infrastructure.Common;
using Creo.Web.Billing;
using Creo.Web.Common;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Creo.Web.Pages;

/// <summary>
/// Plans, credit packs, the person's subscription and invoices, through the same queries and commands as
/// <c>/api/billing</c>. "Subscribe", "Buy" and "Manage subscription" are plain forms whose answer is a redirect to
/// Stripe; Stripe sends the person back to <c>/billing?checkout=success</c> or <c>?checkout=canceled</c>.
/// </summary>
[Authorize]
[OnboardingFirst]
public sealed class BillingModel(
    IMediator mediator, IOptions<CreoOptions> creo, ILogger<BillingModel> logger) : PageModel
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

    public string? ErrorTitle { get; private set; }

    public string? ErrorMessage { get; private set; }

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

    private async Task<IActionResult> GoToStripeAsync(Func<Task<Uri>> open, CancellationToken cancellationToken)
    {
        try
        {
            return Redirect((await open()).AbsoluteUri);
        }
        catch (ValidationException)
        {
            // Only a tampered or outdated form names a plan or pack that is not on offer.
            Refuse(StatusCodes.Status400BadRequest, "That is no longer on offer", "The plan or pack you chose is not on offer any more. Choose one of those below.");
        }
        catch (ForbiddenException held) when (held.Code == DisputeHolds.ProblemCode)
        {
            Refuse(StatusCodes.Status403Forbidden, "Purchases are paused", held.Message);
        }
        catch (DomainException refused)
        {
            var (title, message) = refused.Code switch
            {
                "already-subscribed" => ("You already have a subscription", "Nothing was charged. To switch plans or cancel, use Manage subscription below."),
                "no-billing-account" => ("Nothing to manage yet", "You have not bought anything yet, so there is no subscription or payment to manage."),
                "billing-not-configured" => ("Payments are not set up", "Nothing can be bought on this Crëo; everything else works without payments."),
                _ => ("That did not work", refused.Message),
            };
            Refuse(StatusCodes.Status409Conflict, title, message);
        }
        catch (Exception failed) when (failed is not OperationCanceledException)
        {
            // Stripe unreachable or refusing: nothing was bought, and the person may simply try again.
            logger.LogError(failed, "Opening a Stripe page failed");
            Refuse(StatusCodes.Status502BadGateway, "Stripe could not be reached", "Nothing was charged. Please try again in a moment.");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private void Refuse(int status, string title, string message)
    {
        ErrorTitle = title;
        ErrorMessage = message;
        Response.StatusCode = status;
    }

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
