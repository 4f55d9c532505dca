namespace Creo.Web.Common;

/// <summary>
/// What every provider's webhook route shares: anonymous (the signature over the raw body is the credential), no
/// antiforgery (providers post no form token), a 400 for a bad signature and a 404 where the provider is not configured.
/// </summary>
internal static class WebhookRoutes
{
    public static RouteHandlerBuilder MapWebhook(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler, string summary) =>
        endpoints.MapPost(pattern, handler)
            .WithTags("Webhooks")
            .WithSummary(summary)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
