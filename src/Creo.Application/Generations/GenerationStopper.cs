using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.ReleaseCreditHold;
using Creo.Application.Generations.CancelPrediction;

namespace Creo.Application.Generations;

/// <summary>Cancels a generation: its credits come back now, and the provider is told to stop once the cancel is committed.</summary>
internal sealed class GenerationStopper(IMediator mediator, IUnitOfWork unitOfWork, IJobScheduler jobs, TimeProvider clock)
{
    public async Task CancelAsync(Generation generation, CancellationToken cancellationToken)
    {
        generation.Cancel(clock.GetUtcNow());
        await mediator.Send(new ReleaseCreditHoldCommand(CreditHoldKeys.ForGeneration(generation.Id), "Returned: the generation was canceled"), cancellationToken);
        if (generation.ProviderPredictionId is { } predictionId)
        {
            var provider = generation.Provider;
            unitOfWork.AfterCommit(() => jobs.Enqueue(new CancelPredictionJob(provider, predictionId)));
        }
    }
}
