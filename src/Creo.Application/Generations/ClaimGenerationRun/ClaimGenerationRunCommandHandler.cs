using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.ReleaseCreditHold;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;

namespace Creo.Application.Generations.ClaimGenerationRun;

internal sealed class ClaimGenerationRunCommandHandler(
    IGenerationsData data,
    IModelCatalog catalog,
    IMediator mediator,
    IOptions<GenerationsOptions> options,
    TimeProvider clock) : ICommandHandler<ClaimGenerationRunCommand, ClaimedRun?>
{
    public async ValueTask<ClaimedRun?> Handle(ClaimGenerationRunCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var generation = await data.Generations.FirstOrDefaultAsync(g => g.Id == command.GenerationId, cancellationToken);
        if (generation is null || generation.IsFinished)
        {
            return null;
        }

        var model = catalog.Find(generation.ModelId);
        if (model is null || model.Provider != generation.Provider)
        {
            generation.Fail("This model is no longer offered; your credits were returned.", now);
            await mediator.Send(new ReleaseCreditHoldCommand(CreditHoldKeys.ForGeneration(generation.Id), "Returned: the model is no longer offered"), cancellationToken);
            return null;
        }

        if (!generation.TryClaim(now, options.Value.ClaimLease))
        {
            return null;
        }

        var sourceImageKey = generation.SourceImageId is { } uploadId
            ? await data.Uploads.Where(u => u.Id == uploadId && u.UserId == generation.UserId).Select(u => u.StorageKey).FirstOrDefaultAsync(cancellationToken)
            : null;
        var request = new ProviderRequest(
            generation.Id, model.ProviderModel, generation.ModelVersion, generation.Prompt, generation.Width, generation.Height,
            generation.DurationSeconds, generation.Seed, null, model.MaxRunTime);
        return new ClaimedRun(generation.Id, generation.UserId, generation.Provider, generation.ProviderPredictionId, sourceImageKey, request, generation.Attempts);
    }
}
