using Creo.Application.Privacy;
using Creo.Application.Privacy.CompletePrivacyRequest;
using Creo.Application.Privacy.ExtendPrivacyRequest;
using Creo.Application.Privacy.ListDeskRequests;
using Creo.Application.Privacy.LogEmailedPrivacyRequest;

namespace Creo.Web.Privacy;

/// <summary>
/// The support desk for privacy requests (policy section 07, "We reply within 30 days"): what is due and overdue,
/// requests that arrived by mail, answers and extensions. Support staff and admins only.
/// </summary>
internal static class PrivacyDeskEndpoints
{
    private const int DefaultLimit = 100;

    public static IEndpointRouteBuilder MapPrivacyDeskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var desk = endpoints.MapGroup("/api/admin/privacy-requests").WithTags("Support").RequireStaff();
        desk.MapGet("/", ListAsync).WithSummary("Privacy requests: open (overdue first, then by due date), overdue, completed or all")
            .ProducesValidationProblem();
        desk.MapPost("/", LogEmailedAsync).WithSummary("Log a request that arrived by mail; due 30 days after it was received")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        desk.MapPost("/{id:guid}/complete", CompleteAsync).WithSummary("Answer a request; the person is mailed the outcome")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        desk.MapPost("/{id:guid}/extend", ExtendAsync).WithSummary("Move the due date out with a reason; the person is mailed it")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<DeskRequestDto>>> ListAsync(string? status, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListDeskRequestsQuery(status ?? DeskRequestFilter.Open, limit ?? DefaultLimit), cancellationToken));

    private static async Task<Created<DeskRequestDto>> LogEmailedAsync(EmailedRequestBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var request = await mediator.Send(
            new LogEmailedPrivacyRequestCommand(context.User.UserId(), body.Email ?? string.Empty, body.Type ?? string.Empty, body.Details, body.ReceivedAt ?? default),
            cancellationToken);
        return TypedResults.Created($"/api/admin/privacy-requests/{request.Id}", request);
    }

    private static async Task<Ok<PrivacyRequestDto>> CompleteAsync(Guid id, CompleteRequestBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CompletePrivacyRequestCommand(context.User.UserId(), id, body.Outcome ?? string.Empty), cancellationToken));

    private static async Task<Ok<PrivacyRequestDto>> ExtendAsync(Guid id, ExtendRequestBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ExtendPrivacyRequestCommand(context.User.UserId(), id, body.Days ?? 0, body.Reason ?? string.Empty), cancellationToken));
}

internal sealed record EmailedRequestBody(string? Email, string? Type, string? Details, DateTimeOffset? ReceivedAt);

internal sealed record CompleteRequestBody(string? Outcome);

internal sealed record ExtendRequestBody(int? Days, string? Reason);
