using Creo.Application.Privacy.DismissBreachNotice;
using Creo.Application.Privacy.RecordBreach;

namespace Creo.Web.Privacy;

/// <summary>
/// Policy section 05: "If a breach occurs, we will notify affected users without undue delay." Admins record a breach
/// and who it affected; the people are mailed by a job and see a notice on their dashboard until they dismiss it.
/// </summary>
internal static class BreachNoticeEndpoints
{
    public static IEndpointRouteBuilder MapBreachNoticeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/admin/breach-notices", RecordAsync)
            .WithTags("Operations")
            .WithSummary("Record a breach (its discovery starts the 72-hour clock) and notify the affected: 'userIds', 'all', or data 'categories' with the window's end")
            .RequireAdmin()
            .ProducesValidationProblem();
        endpoints.MapPost("/api/privacy/breach-notices/{breachId:guid}/dismiss", DismissAsync)
            .WithTags("Privacy")
            .WithSummary("Stop showing a breach notice on my dashboard")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Accepted<BreachRecordedDto>> RecordAsync(BreachNoticeBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var recorded = await mediator.Send(
            new RecordBreachCommand(
                context.User.UserId(), body.Message, body.UserIds, body.All ?? false, body.Categories, body.From, body.To, body.DiscoveredAt, body.Description),
            cancellationToken);
        return TypedResults.Accepted((string?)null, recorded);
    }

    private static Task<NoContent> DismissAsync(Guid breachId, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new DismissBreachNoticeCommand(context.User.UserId(), breachId), cancellationToken);
}

internal sealed record BreachNoticeBody(
    string? Message,
    IReadOnlyList<Guid>? UserIds,
    bool? All,
    IReadOnlyList<string>? Categories,
    DateTimeOffset? From,
    DateTimeOffset? To,
    DateTimeOffset? DiscoveredAt,
    string? Description);
