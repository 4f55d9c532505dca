using System.Diagnostics;

namespace Creo.Web.Telemetry;

/// <summary>
/// Keeps secrets out of spans. Output, thumbnail and export links carry a token in their path or query, and a
/// provider's URL may carry a signature: a server span keeps the route template in place of the path and loses the
/// query; a client span keeps scheme and host only.
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

    /// <summary>
    /// A model's output URL is a capability (whoever has it can fetch the picture), and a path may name a customer:
    /// client spans keep where the request went (scheme, host, port), the method and the status.
    /// </summary>
    public static void KeepHostOnly(Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority));
        }

        activity.SetTag("url.path", null);
        activity.SetTag("url.query", null);
        activity.SetTag("http.url", null);
    }
}
