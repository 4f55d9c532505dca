using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Billing.GetBillingStatus;
using Creo.Application.Billing.ListInvoices;
using Creo.Application.Billing.OpenPortal;
using Creo.Application.Billing.StartCheckout;

namespace Creo.Web.Billing;

/// <summary>Plans and packs, checkout and the customer portal, the caller's subscription and invoices.</summary>
internal static class BillingEndpoints
{
    public static IEndpointRouteBuilder MapBillingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var billing = endpoints.MapGroup("/api/billing").WithTags("Billing");
        billing.MapGet("/plans", GetPlansAsync).WithSummary("Subscription tiers and credit packs with prices (empty when payments are off)");
        billing.MapPost("/checkout", CheckoutAsync).WithSummary("A Stripe Checkout page for a plan or a pack")
            .RequireOnboarding().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapPost("/portal", PortalAsync).WithSummary("The Stripe customer portal: manage or cancel the subscription")
            .RequireOnboarding().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/subscription", GetStatusAsync).WithSummary("My tier and subscription, with the rule for subscription credits").RequireAuthorization();
        billing.MapGet("/invoices", ListInvoicesAsync).WithSummary("My invoices, newest first").RequireAuthorization();
        return endpoints;
    }

    private static async Task<Ok<BillingPlansDto>> GetPlansAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetBillingPlansQuery(), cancellationToken));

    private static async Task<Ok<CheckoutDto>> CheckoutAsync(CheckoutBody body, HttpContext context, IMediator mediator, IOptions<Infrastructure.Common.CreoOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new StartCheckoutCommand(context.User.UserId(), NullIfEmpty(body.PlanId), NullIfEmpty(body.PackId), new Uri(PublicBaseUrl.Of(context, options.Value))),
            cancellationToken));

    private static async Task<Ok<PortalDto>> PortalAsync(HttpContext context, IMediator mediator, IOptions<Infrastructure.Common.CreoOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new OpenPortalCommand(context.User.UserId(), new Uri(PublicBaseUrl.Of(context, options.Value))), cancellationToken));

    private static async Task<Ok<BillingStatusDto>> GetStatusAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetBillingStatusQuery(context.User.UserId()), cancellationToken));

    private static async Task<Ok<IReadOnlyList<InvoiceDto>>> ListInvoicesAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListInvoicesQuery(context.User.UserId()), cancellationToken));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

internal sealed record CheckoutBody(string? PlanId, string? PackId);
