using Creo.Application.Privacy.Contracts;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Creo.Web.Privacy;

internal static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/privacy").WithTags("Privacy");
        group.MapGet("/policy", GetCurrentPolicyAsync)
            .WithSummary("The privacy policy in force now")
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task<Ok<PolicyVersionDto>> GetCurrentPolicyAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken));
}
