using System.Diagnostics;

namespace Creo.Web.Telemetry;

/// <summary>
/// Keeps secrets out of spans. Output, thumbnail and export links carry a token in their path or query, and a
/// provider's URL may carry a signature in its query: a server span keeps the route template in place of the path and
/// loses the query; a client span keeps scheme, host and path only.
/// </summary>
internal static class SpanRedaction
{
    public static void RecordRouteNotPath(Activity activity, HttpResponse response)
    {
        var route = (response.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        activity.SetTag("url.path", route ?? "(unrouted)");
        activity.SetTag("url.query", null);
        activity.SetTag("http.target", null);
        activity.SetTag("url.full", null);
    }

    public static void DropQuery(Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Path));
        }

        activity.SetTag("url.query", null);
    }
}
