using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Creo.Web.Common;

/// <summary>
/// Empty 4xx/5xx answers (unknown routes, refusals, and the failures <see cref="ProblemExceptionHandler"/> leaves to
/// a page) become a page at <c>/error/{status}</c> for a browser and a problem document for everyone else, exactly
/// as ASP.NET writes it. The page is drawn by re-running the pipeline as a GET, so a refused POST (a bad CSRF token,
/// a rate limit) is not refused again on its way to the page that explains it.
/// </summary>
internal static class ErrorPages
{
    public const string PathPrefix = "/error/";

    public static IApplicationBuilder UseCreoErrorPages(this IApplicationBuilder app)
    {
        var writeProblem = new StatusCodePagesOptions().HandleAsync;
        return app.UseStatusCodePages(context =>
            BrowserRequests.WantsPage(context.HttpContext) ? ShowPageAsync(context) : writeProblem(context));
    }

    private static async Task ShowPageAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var (path, query, method) = (request.Path, request.QueryString, request.Method);
        var routeValues = http.Features.Get<IRouteValuesFeature>();
        var endpoint = http.GetEndpoint();

        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path.Value ?? string.Empty,
            OriginalPathBase = request.PathBase.Value ?? string.Empty,
            OriginalQueryString = query.HasValue ? query.Value : null,
            Endpoint = endpoint,
            RouteValues = routeValues?.RouteValues is { } values ? new RouteValueDictionary(values) : null,
        });
        http.SetEndpoint(null);
        if (routeValues is not null)
        {
            routeValues.RouteValues = [];
        }

        request.Path = PathPrefix + http.Response.StatusCode.ToString(CultureInfo.InvariantCulture);
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;
        try
        {
            await context.Next(http);
        }
        finally
        {
            (request.Path, request.QueryString, request.Method) = (path, query, method);
            http.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }
}
