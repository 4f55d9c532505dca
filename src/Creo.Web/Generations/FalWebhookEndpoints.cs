using Creo.Application.Generations.AcknowledgeProviderCallback;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Fal;

namespace Creo.Web.Generations;

/// <summary>
/// fal's signed queue results. The ED25519 signature is checked over the raw body before anything else; the request
/// id it covers is then all that is trusted, and a job asks fal's queue itself how the request ended.
/// </summary>
internal static class FalWebhookEndpoints
{
    /// <summary>A result names a few output URLs; anything much larger is not one.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapFalWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebhook("/api/webhooks/fal", ReceiveAsync, "fal's signed queue results (X-Fal-Webhook-Request-Id, -User-Id, -Timestamp, -Signature)");
        return endpoints;
    }

    private static async Task<Ok> ReceiveAsync(
        HttpContext context, IOptions<FalOptions> options, FalWebhookVerifier verifier, FalDeliveries deliveries, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured)
        {
            throw new NotFoundException("fal webhooks");
        }

        var body = await WebhookBodies.ReadAsync(context.Request, MaxBodyBytes, cancellationToken);
        var headers = context.Request.Headers;
        string? requestId = headers["X-Fal-Webhook-Request-Id"];
        if (!await verifier.IsValidAsync(requestId, headers["X-Fal-Webhook-User-Id"], headers["X-Fal-Webhook-Timestamp"], headers["X-Fal-Webhook-Signature"], body, cancellationToken))
        {
            throw new InvalidInputException("webhook-signature-invalid", "The webhook signature is missing, wrong or too old.");
        }

        // A repeat of a delivery already acted on is acknowledged, so fal stops retrying, and wakes nothing.
        if (deliveries.FirstTime(requestId!))
        {
            await mediator.Send(new AcknowledgeProviderCallbackCommand(ProviderNames.Fal, requestId!), cancellationToken);
        }

        return TypedResults.Ok();
    }
}
