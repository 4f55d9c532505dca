namespace Creo.Web.Common;

/// <summary>A 503 for a host whose breaker is open says when its break ends (<c>Retry-After</c>), for the API and the pages alike.</summary>
internal static class HostRetryAfter
{
    public static void Set(HttpResponse response, Exception exception)
    {
        if (exception is ServiceUnavailableException unavailable)
        {
            response.Headers.RetryAfter = unavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
