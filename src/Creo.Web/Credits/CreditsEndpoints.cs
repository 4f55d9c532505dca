using Creo.Application.Credits.GetCredits;

namespace Creo.Web.Credits;

/// <summary>The caller's balance and ledger.</summary>
internal static class CreditsEndpoints
{
    public static IEndpointRouteBuilder MapCreditsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/credits", GetAsync)
            .WithTags("Credits")
            .WithSummary("My balance and ledger, newest first (keyset pages)")
            .RequireAuthorization();
        return endpoints;
    }

    private static async Task<Ok<CreditsDto>> GetAsync(int? limit, string? cursor, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCreditsQuery(context.User.UserId(), limit, cursor), cancellationToken));
}
