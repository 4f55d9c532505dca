using Creo.Application.Common.Ports;
using Creo.Infrastructure.Storage;

namespace Creo.Web.Storage;

internal static class MediaEndpoints
{
    /// <summary>
    /// Serves the file-system store's signed URLs. The token is the access control: it names one object and
    /// expires (at most an hour after it was handed out). Responses may be cached privately, never by shared
    /// caches, and no longer than the token lives or 24 hours, whichever is sooner.
    /// </summary>
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignedMediaUrls.RoutePrefix + "{token}", ServeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string token, SignedMediaUrls urls, IObjectStorage storage, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (urls.Open(token) is not { } grant)
        {
            return TypedResults.NotFound();
        }

        var stored = await storage.OpenReadAsync(grant.Key, cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        var maxAge = (int)Math.Clamp((grant.ExpiresAt - clock.GetUtcNow()).TotalSeconds, 0, 86400);
        context.Response.Headers.CacheControl = $"private, max-age={maxAge}";
        context.Response.RegisterForDisposeAsync(stored);
        return TypedResults.Stream(stored.Content, stored.ContentType);
    }
}
