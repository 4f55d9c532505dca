using Creo.Application.Generations.CheckGeneration;
using Creo.Application.Generations.Providers;

namespace Creo.Application.Generations.AcknowledgeProviderCallback;

internal sealed class AcknowledgeProviderCallbackCommandHandler(IGenerationsData data, IUnitOfWork unitOfWork, IJobScheduler jobs)
    : ICommandHandler<AcknowledgeProviderCallbackCommand>
{
    public async ValueTask<Unit> Handle(AcknowledgeProviderCallbackCommand command, CancellationToken cancellationToken)
    {
        // A prediction stored with its route (PredictionRoutes) is named by its id alone in the provider's callbacks.
        var routed = command.PredictionId + PredictionRoutes.Separator;
        var generationId = await data.Generations.AsNoTracking()
            .Where(g => g.Provider == command.ProviderId
                && (g.ProviderPredictionId == command.PredictionId || g.ProviderPredictionId!.StartsWith(routed)))
            .Select(g => (Guid?)g.Id)
            .FirstOrDefaultAsync(cancellationToken);

        // An unknown prediction (deleted since, or not ours) is acknowledged all the same, so the provider stops retrying.
        if (generationId is { } id)
        {
            unitOfWork.AfterCommit(() => jobs.Enqueue(new CheckGenerationJob(id)));
        }

        return Unit.Value;
    }
}
