using Creo.Application.Generations.GetShowcaseImage;

namespace Creo.Web.Generations;

/// <summary>
/// The home page's example pictures (<c>GET /showcase/{n}.png</c>): rendered once by the local models and kept in
/// memory, public and cacheable, since they are the same for everyone. Part of the site, not of the API contract.
/// </summary>
internal static class ShowcaseEndpoints
{
    /// <summary>
    /// The pictures are rendered by this process from fixed prompts and seeds, so none is older than its start; the
    /// ETag (a hash of the bytes) is what revalidation really turns on.
    /// </summary>
    private static readonly DateTimeOffset RenderedSince = DateTimeOffset.UtcNow;

    public static IEndpointRouteBuilder MapShowcaseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/showcase/{number:int}.png", GetAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> GetAsync(int number, IMediator mediator, HttpContext context, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetShowcaseImageQuery(number), cancellationToken) is not { } png)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=86400";
        return MediaResults.Bytes(png, "image/png", RenderedSince);
    }
}
