using Creo.Application.Generations.CheckGeneration;

namespace Creo.Application.Generations.AcknowledgeProviderCallback;

internal sealed class AcknowledgeProviderCallbackCommandHandler(IGenerationsData data, IUnitOfWork unitOfWork, IJobScheduler jobs)
    : ICommandHandler<AcknowledgeProviderCallbackCommand>
{
    public async ValueTask<Unit> Handle(AcknowledgeProviderCallbackCommand command, CancellationToken cancellationToken)
    {
        var generationId = await data.Generations.AsNoTracking()
            .Where(g => g.Provider == command.ProviderId && g.ProviderPredictionId == command.PredictionId)
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
