using System.Diagnostics;
using Creo.Application.Common.RequestLogs;

namespace Creo.Web.Common;

/// <summary>
/// Records every request (time, method, path, status, duration, account, IP, browser) for the 30-day
/// request log. It wraps the whole pipeline so failures are logged with the status the person got. The path
/// logged is the matched route template, never the raw URL: <c>/api/media/{token}</c>, not the token.
/// </summary>
internal static class RequestLogging
{
    public static IApplicationBuilder UseCreoRequestLog(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/health"))
            {
                await next();
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next();
            }
            finally
            {
                var log = context.RequestServices.GetRequiredService<IRequestLog>();
                var clock = context.RequestServices.GetRequiredService<TimeProvider>();
                var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
                log.Record(RequestLogEntry.Record(
                    clock.GetUtcNow(),
                    context.Request.Method,
                    PathOf(context),
                    context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    Guid.TryParse(user, out var userId) ? userId : null,
                    context.Connection.RemoteIpAddress?.ToString(),
                    context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null));
            }
        });

    private static string PathOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template }
            ? "/" + template.TrimStart('/')
            : context.Request.PathBase + context.Request.Path;
}
