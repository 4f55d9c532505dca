using Creo.Application.Common.Telemetry;

namespace Creo.Web.Telemetry;

/// <summary>
/// Counts every delivery to a webhook route once, by provider and outcome: refused when the app answers it with a
/// 4xx (a bad signature, a provider not configured), failed on a 5xx, duplicate when the inbox already had the event.
/// </summary>
internal sealed class WebhookDeliveryCounter(string provider) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var metrics = services.GetRequiredService<CreoMetrics>();
        try
        {
            var result = await next(context);
            metrics.WebhookDelivered(provider, services.GetRequiredService<WebhookDelivery>().WasDuplicate ? WebhookOutcome.Duplicate : WebhookOutcome.Accepted);
            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            metrics.WebhookDelivered(provider, ProblemMapping.Of(exception) is { Status: < 500 } ? WebhookOutcome.Refused : WebhookOutcome.Failed);
            throw;
        }
    }
}
