using Creo.Application.Common.Ports;
using Creo.Application.Generations.GetGenerationOutput;

namespace Creo.Web.Generations;

/// <summary>
/// Serves generation outputs to their owner only. The link expires (at most an hour after it was handed out)
/// and the response may be cached privately, never by shared caches, and no longer than the link lives or 24
/// hours, whichever is sooner. Ranges, ETag and Last-Modified as <see cref="MediaResults"/> serves them, so a video seeks. Served through the app rather than by a storage URL, so another account — or
/// anyone after the generation is deleted — gets 404 even holding the link.
/// </summary>
internal static class OutputMediaEndpoints
{
    public static IEndpointRouteBuilder MapOutputMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/media/{token}", ServeAsync)
            .WithTags("Studio")
            .WithSummary("One output of one of my generations (the links come from the generation)")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string token, HttpContext context, IMediator mediator, IObjectStorage storage, TimeProvider clock, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetGenerationOutputQuery(context.User.UserId(), token), cancellationToken);
        var stored = await storage.OpenReadAsync(file.StorageKey, cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        var maxAge = (int)Math.Clamp((file.LinkExpiresAt - clock.GetUtcNow()).TotalSeconds, 0, 86400);
        context.Response.Headers.CacheControl = $"private, max-age={maxAge}";
        context.Response.RegisterForDisposeAsync(stored);
        return MediaResults.Stored(stored, stored.ContentType);
    }
}
