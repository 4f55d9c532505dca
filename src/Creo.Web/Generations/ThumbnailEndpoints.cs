using Creo.Application.Generations.GetGenerationThumbnail;

namespace Creo.Web.Generations;

/// <summary>
/// The gallery's thumbnails: a small square crop of a generation's image, for its owner only (another account's id
/// is 404, like a missing one). A page's resource rather than part of the API, so it stays out of the OpenAPI
/// document; its address never changes, so the browser keeps it privately for a day and shared caches never do.
/// </summary>
internal static class ThumbnailEndpoints
{
    public static IEndpointRouteBuilder MapThumbnailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/generations/{id:guid}/thumbnail", ServeAsync)
            .RequireAuthorization()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var thumbnail = await mediator.Send(new GetGenerationThumbnailQuery(context.User.UserId(), id), cancellationToken);
        // A generated video poster stands in until a frame can be taken: the browser asks again next time.
        context.Response.Headers.CacheControl = thumbnail.Provisional ? "private, no-cache" : "private, max-age=86400";
        return MediaResults.Bytes(thumbnail.Content, thumbnail.ContentType, thumbnail.LastModified);
    }
}
