using Microsoft.AspNetCore.Mvc.Filters;

namespace Creo.Web.Privacy;

/// <summary>
/// Keeps the analytics cookie true to the recorded consent on every page a browser opens: it goes when consent is
/// withdrawn on another device, when the browser sends Global Privacy Control, when the person signs out or another
/// person signs in on the same browser, and comes back on a device where the person had allowed analytics.
/// Only page reads (GET) do this; the forms and APIs that change consent set the cookie themselves.
/// </summary>
internal sealed class AnalyticsCookieSync : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            AnalyticsCookie.Apply(http, await AnalyticsChoices.AllowedForAsync(http));
        }

        await next();
    }
}
