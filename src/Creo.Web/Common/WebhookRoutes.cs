namespace Creo.Web.Common;

/// <summary>
/// What every provider's webhook route shares: anonymous (the signature over the raw body is the credential), no
/// antiforgery (providers post no form token), a 400 for a bad signature and a 404 where the provider is not configured.
/// </summary>
internal static class WebhookRoutes
{
    public static RouteHandlerBuilder MapWebhook(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler, string summary) =>
        endpoints.MapPost(pattern, handler)
            .AddEndpointFilter(new Telemetry.WebhookDeliveryCounter(ProviderOf(pattern)))
            .WithTags("Webhooks")
            .WithSummary(summary)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The <c>provider</c> tag of a webhook's deliveries, from its route's last segment: <c>…/replicate</c>, <c>…/stripe-webhook</c>.</summary>
    private static string ProviderOf(string pattern) => pattern[(pattern.LastIndexOf('/') + 1)..].Replace("-webhook", string.Empty, StringComparison.Ordinal);
}
