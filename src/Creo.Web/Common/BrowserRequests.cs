using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Creo.Web.Common;

/// <summary>
/// Tells a person's browser from an API client, for the answers that differ: a browser that navigates asks for
/// <c>text/html</c> and gets a page in the site's layout; everything else (scripts' <c>fetch</c>, API clients, tools)
/// keeps the problem document. The API's paths stay JSON even for a browser, except the pages that live under them
/// (the sign-in link's page).
/// </summary>
internal static class BrowserRequests
{
    public static bool WantsPage(HttpContext context)
    {
        var accept = context.Request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types)
            || !types.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality is not 0))
        {
            return false;
        }

        return !context.Request.Path.StartsWithSegments("/api")
            || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;
    }
}
