using Creo.Application.Privacy.Contracts;
using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Application.Privacy.PublishPolicyVersion;

namespace Creo.Web.Privacy;

internal static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/privacy").WithTags("Privacy");
        group.MapGet("/policy", GetCurrentPolicyAsync)
            .WithSummary("The privacy policy in force now")
            .AllowAnonymous();
        endpoints.MapPost("/api/admin/policies", PublishAsync)
            .WithTags("Operations")
            .WithSummary("Publish a new policy version; a material one is announced on every page and by mail, and accepted again")
            .RequireAdmin()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict); // that version number is taken
        return endpoints;
    }

    private static async Task<Created<PolicyVersionDto>> PublishAsync(PolicyBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var published = await mediator.Send(
            new PublishPolicyVersionCommand(body.Version, body.EffectiveAt ?? default, body.Material, body.Text ?? string.Empty), cancellationToken);
        return TypedResults.Created("/api/privacy/policy", published);
    }

    private static async Task<Ok<PolicyVersionDto>> GetCurrentPolicyAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken));
}

internal sealed record PolicyBody(int Version, DateTimeOffset? EffectiveAt, bool Material, string? Text);
