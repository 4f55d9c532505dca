using Creo.Application.Generations.ListModels;
using Creo.Application.Generations.QuoteGeneration;

namespace Creo.Web.Generations;

/// <summary>The model catalog and prices. Public: it says nothing about anyone.</summary>
internal static class ModelsEndpoints
{
    public static IEndpointRouteBuilder MapModelsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var models = endpoints.MapGroup("/api/models").WithTags("Studio");
        models.MapGet("/", ListAsync).WithSummary("The models on offer, their limits and prices");
        models.MapGet("/{id}/quote", QuoteAsync).WithSummary("What a generation with these parameters costs")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<ModelDto>>> ListAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListModelsQuery(), cancellationToken));

    private static async Task<Ok<QuoteDto>> QuoteAsync(string id, int? width, int? height, int? durationSeconds, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new QuoteGenerationQuery(id, width, height, durationSeconds), cancellationToken));
}
