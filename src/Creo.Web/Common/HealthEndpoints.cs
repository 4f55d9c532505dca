using Creo.Infrastructure.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Creo.Web.Common;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c> answers while the process runs (no checks); <c>/health/ready</c> answers 200 only when
    /// the database and the job storage answer, 503 otherwise, so a load balancer can hold traffic back.
    /// </summary>
    public static IEndpointRouteBuilder MapCreoHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        });
    }
}
