namespace Creo.Web.Common;

/// <summary>
/// Writes a Crëo problem document from middleware that answers before any endpoint runs (authentication,
/// CSRF, rate limits), so those answers look exactly like the ones the exception handler writes.
/// </summary>
internal static class ProblemResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string slug, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (BrowserRequests.WantsPage(context))
        {
            return;   // ErrorPages draws the status as a page.
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Type = ProblemTypes.For(slug), Title = title, Detail = detail },
        });
    }
}
