using Creo.Application.Privacy;
using Creo.Application.Privacy.CancelAccountDeletion;
using Creo.Application.Privacy.GetAccountDeletion;
using Creo.Application.Privacy.RequestAccountDeletion;
using Creo.Application.Privacy.GetConsents;
using Creo.Application.Privacy.ListPrivacyRequests;
using Creo.Application.Privacy.SubmitPrivacyRequest;
using Creo.Application.Privacy.UpdateConsents;

namespace Creo.Web.Privacy;

/// <summary>The person's own privacy center: consents and requests to exercise their rights.</summary>
internal static class PrivacyCenterEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyCenterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var privacy = endpoints.MapGroup("/api/privacy").WithTags("Privacy").RequireAuthorization();
        privacy.MapGet("/consents", GetConsentsAsync).WithSummary("My consents (a Sec-GPC: 1 request reads analytics as refused)");
        privacy.MapPut("/consents", UpdateConsentsAsync).WithSummary("Change my consents; each change is recorded with time and policy version")
            .ProducesValidationProblem();
        privacy.MapPost("/requests", SubmitRequestAsync).WithSummary("Exercise a right: access, correct, delete, port, object, withdraw (due in 30 days)")
            .ProducesValidationProblem();
        privacy.MapGet("/requests", ListRequestsAsync).WithSummary("My privacy requests and their due dates");
        privacy.MapPost("/deletion", RequestDeletionAsync).WithSummary("Delete my account: every session ends now, erasure within 30 days");
        privacy.MapGet("/deletion", GetDeletionAsync).WithSummary("My pending deletion and its date").ProducesProblem(StatusCodes.Status404NotFound);
        privacy.MapDelete("/deletion", CancelDeletionAsync).WithSummary("Keep my account: cancels a pending deletion")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    /// <summary>The Global Privacy Control signal: <c>Sec-GPC: 1</c>.</summary>
    public static bool SendsGlobalPrivacyControl(this HttpRequest request) => request.Headers["Sec-GPC"] == "1";

    private static async Task<Ok<ConsentsDto>> GetConsentsAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetConsentsQuery(context.User.UserId(), context.Request.SendsGlobalPrivacyControl()), cancellationToken));

    private static async Task<Ok<ConsentsDto>> UpdateConsentsAsync(ConsentsBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var consents = await mediator.Send(
            new UpdateConsentsCommand(context.User.UserId(), body.Analytics, body.ProductEmails, body.Source ?? "privacy-center", context.Request.SendsGlobalPrivacyControl()),
            cancellationToken);

        // The analytics cookie follows the decision at once: set on consent, gone on withdrawal.
        AnalyticsCookie.Apply(context, consents.Analytics);
        return TypedResults.Ok(consents);
    }

    private static async Task<Created<PrivacyRequestDto>> SubmitRequestAsync(PrivacyRequestBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var request = await mediator.Send(new SubmitPrivacyRequestCommand(context.User.UserId(), body.Type ?? string.Empty, body.Details), cancellationToken);
        return TypedResults.Created($"/api/privacy/requests/{request.Id}", request);
    }

    private static async Task<Ok<IReadOnlyList<PrivacyRequestDto>>> ListRequestsAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPrivacyRequestsQuery(context.User.UserId()), cancellationToken));

    private static async Task<Accepted<DeletionScheduled>> RequestDeletionAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var deletion = await mediator.Send(new RequestAccountDeletionCommand(context.User.UserId()), cancellationToken);

        // Every session ended with the request, this one included: the browser forgets it too.
        SessionCookie.Clear(context);
        return TypedResults.Accepted("/api/privacy/deletion", new DeletionScheduled(deletion.ScheduledFor, deletion.RequestedAt));
    }

    private static async Task<Ok<DeletionScheduled>> GetDeletionAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var deletion = await mediator.Send(new GetAccountDeletionQuery(context.User.UserId()), cancellationToken)
            ?? throw new NotFoundException("Pending deletion");
        return TypedResults.Ok(new DeletionScheduled(deletion.ScheduledFor, deletion.RequestedAt));
    }

    private static Task<NoContent> CancelDeletionAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new CancelAccountDeletionCommand(context.User.UserId()), cancellationToken);
}

internal sealed record DeletionScheduled(DateTimeOffset ScheduledFor, DateTimeOffset RequestedAt);

internal sealed record ConsentsBody(bool Analytics, bool ProductEmails, string? Source);

internal sealed record PrivacyRequestBody(string? Type, string? Details);
