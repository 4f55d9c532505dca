using Creo.Application.Common.Telemetry;
using System.Diagnostics.Metrics;
using Creo.Infrastructure.Telemetry;
using Hangfire;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Creo.Web.Telemetry;

/// <summary>
/// OpenTelemetry for operators (docs/operations.md): traces and metrics always collected, exported over OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and metrics scraped by Prometheus from <c>/metrics</c>, for admins only.
/// Spans record route templates and hosts, never a raw path or query: media and export links carry their tokens there.
/// </summary>
public static class TelemetryRegistration
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddCreoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // JSON logs (Logging__Console__FormatterName=json) carry their scopes: trace and span ids, the request id, a job's id.
        services.Configure<JsonConsoleFormatterOptions>(options => options.IncludeScopes = true);
        services.AddSingleton(provider => new JobQueueGauges(provider.GetRequiredService<IMeterFactory>(), provider.GetRequiredService<JobStorage>));

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("creo"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.EnrichWithHttpResponse = SpanRedaction.RecordRouteNotPath;
                })
                .AddHttpClientInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.EnrichWithHttpRequestMessage = SpanRedaction.KeepHostOnly;
                })
                .AddCreoDatabaseTracing())
            .WithMetrics(metrics => metrics
                .AddMeter(CreoMetrics.MeterName)
                .AddInstrumentation(provider => provider.GetRequiredService<JobQueueGauges>())
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            // The exporter reads the endpoint (and OTEL_EXPORTER_OTLP_PROTOCOL, _HEADERS) from configuration itself.
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// Prometheus's scrape endpoint on the public port, for admins only: the same session and role as the other staff
    /// pages, so an anonymous caller gets 401 and anyone else signed in 403. Not in the OpenAPI document.
    /// </summary>
    public static IEndpointRouteBuilder MapCreoMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath).RequireAdmin().ExcludeFromDescription();
        return endpoints;
    }
}
