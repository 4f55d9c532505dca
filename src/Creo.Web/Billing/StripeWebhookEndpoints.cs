using System.Text;
using Creo.Application.Billing.ReceivePaymentEvent;

namespace Creo.Web.Billing;

/// <summary>
/// Stripe's signed events. The raw body is what is signed, so it is read as text and handed over untouched;
/// the answer comes as soon as the event is in the inbox, and a job applies it.
/// </summary>
internal static class StripeWebhookEndpoints
{
    /// <summary>Stripe events are far smaller; anything larger is not one.</summary>
    private const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebhook("/api/billing/stripe-webhook", ReceiveAsync, "Stripe's signed events (Stripe-Signature); recorded once, applied by a job");
        return endpoints;
    }

    private static async Task<Ok> ReceiveAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var body = await WebhookBodies.ReadAsync(context.Request, MaxBodyBytes, cancellationToken);
        await mediator.Send(new ReceivePaymentEventCommand(Encoding.UTF8.GetString(body), context.Request.Headers["Stripe-Signature"]), cancellationToken);
        return TypedResults.Ok();
    }
}
