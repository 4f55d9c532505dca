using Creo.Application.Accounts.LiftDisputeHold;

namespace Creo.Web.Accounts;

/// <summary>
/// Support lifts the hold a disputed payment (a chargeback) put on an account, once it has reviewed the dispute.
/// Staff only, with a reason, audited like every staff act.
/// </summary>
internal static class DisputeHoldEndpoints
{
    public static IEndpointRouteBuilder MapDisputeHoldEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/admin/users/{id:guid}/lift-dispute-hold", LiftAsync)
            .WithTags("Support")
            .WithSummary("Lift the hold a disputed payment put on an account (generations and purchases work again)")
            .RequireStaff()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static Task<NoContent> LiftAsync(Guid id, StaffActionBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new LiftDisputeHoldCommand(context.User.Staff(), id, body.Reason ?? string.Empty), cancellationToken);
}
