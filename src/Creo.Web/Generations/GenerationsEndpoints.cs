using Creo.Application.Common.Paging;
using Creo.Application.Generations;
using Creo.Application.Generations.CancelGeneration;
using Creo.Application.Generations.DeleteGeneration;
using Creo.Application.Generations.GetGeneration;
using Creo.Application.Generations.ListGenerations;
using Creo.Application.Generations.SubmitGeneration;

namespace Creo.Web.Generations;

/// <summary>Submitting, following, canceling and deleting generations. Every query is scoped to the caller.</summary>
internal static class GenerationsEndpoints
{
    public static IEndpointRouteBuilder MapGenerationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var generations = endpoints.MapGroup("/api/generations").WithTags("Studio").RequireAuthorization().RequireOnboarding();
        generations.MapPost("/", SubmitAsync).WithSummary("Ask a model for media; credits are held until it finishes")
            .ProducesProblem(StatusCodes.Status402PaymentRequired).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        generations.MapGet("/", ListAsync).WithSummary("My generations, newest first (keyset pages)");
        generations.MapGet("/{id:guid}", GetAsync).WithSummary("One generation with signed output URLs and its credit receipt")
            .ProducesProblem(StatusCodes.Status404NotFound);
        generations.MapPost("/{id:guid}/cancel", CancelAsync).WithSummary("Stop a queued or running generation; its credits come back")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        generations.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Delete a generation; its media leave storage at once")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Accepted<SubmittedGenerationDto>> SubmitAsync(
        SubmitGenerationRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext context,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var parameters = request.Parameters ?? new GenerationParametersRequest(null, null, null, null);
        var submitted = await mediator.Send(
            new SubmitGenerationCommand(
                context.User.UserId(), request.ModelId ?? string.Empty, request.Prompt ?? string.Empty, parameters.Width, parameters.Height,
                parameters.DurationSeconds, parameters.Seed, request.SourceImageId, idempotencyKey),
            cancellationToken);
        return TypedResults.Accepted($"/api/generations/{submitted.Id}", submitted);
    }

    private static async Task<Ok<Page<GenerationDto>>> ListAsync(int? limit, string? cursor, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListGenerationsQuery(context.User.UserId(), limit, cursor), cancellationToken));

    private static async Task<Ok<GenerationDto>> GetAsync(Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetGenerationQuery(context.User.UserId(), id), cancellationToken));

    private static async Task<Accepted> CancelAsync(Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new CancelGenerationCommand(context.User.UserId(), id), cancellationToken);
        return TypedResults.Accepted($"/api/generations/{id}");
    }

    private static Task<NoContent> DeleteAsync(Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new DeleteGenerationCommand(context.User.UserId(), id), cancellationToken);
}

internal sealed record SubmitGenerationRequest(string? ModelId, string? Prompt, GenerationParametersRequest? Parameters, Guid? SourceImageId);

internal sealed record GenerationParametersRequest(int? Width, int? Height, int? DurationSeconds, long? Seed);
