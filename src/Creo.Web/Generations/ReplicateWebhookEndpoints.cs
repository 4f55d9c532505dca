using Creo.Application.Generations.AcknowledgeProviderCallback;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Replicate;

namespace Creo.Web.Generations;

/// <summary>
/// Replicate's signed prediction events. The signature is checked over the raw body before anything else; the
/// body is then trusted for the prediction id only, and a job asks Replicate itself how the prediction ended.
/// </summary>
internal static class ReplicateWebhookEndpoints
{
    /// <summary>A prediction event is a few kilobytes; anything much larger is not one.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapReplicateWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebhook("/api/webhooks/replicate", ReceiveAsync, "Replicate's signed prediction events (webhook-id, webhook-timestamp, webhook-signature)");
        return endpoints;
    }

    private static async Task<Ok> ReceiveAsync(HttpContext context, IOptions<ReplicateOptions> options, IMediator mediator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new NotFoundException("Replicate webhooks");
        }

        var body = await WebhookBodies.ReadAsync(context.Request, MaxBodyBytes, cancellationToken);
        var headers = context.Request.Headers;
        if (!ReplicateWebhookSignature.IsValid(secret, headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], body, clock.GetUtcNow()))
        {
            throw new InvalidInputException("webhook-signature-invalid", "The webhook signature is missing, wrong or too old.");
        }

        var predictionId = ReplicateWebhookSignature.PredictionIdOf(body)
            ?? throw new InvalidInputException("webhook-body-invalid", "The event names no prediction.");
        await mediator.Send(new AcknowledgeProviderCallbackCommand(ProviderNames.Replicate, predictionId), cancellationToken);
        return TypedResults.Ok();
    }
}
