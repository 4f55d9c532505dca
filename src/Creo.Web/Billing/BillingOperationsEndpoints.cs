using Creo.Application.Billing.ReplayPaymentEvent;

namespace Creo.Web.Billing;

/// <summary>What operators do with the payment inbox. Admins only.</summary>
internal static class BillingOperationsEndpoints
{
    public static IEndpointRouteBuilder MapBillingOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/admin/billing/events/{eventId}/replay", ReplayAsync)
            .WithTags("Operations")
            .WithSummary("Apply a Stripe event from the inbox again (its effects are idempotent)")
            .RequireAdmin()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Accepted> ReplayAsync(string eventId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReplayPaymentEventCommand(eventId), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
