using Creo.Application.Generations.CancelPrediction;
using Creo.Application.Generations.Contracts;

namespace Creo.Application.Generations.EraseGenerations;

internal sealed class EraseGenerationsCommandHandler(IGenerationsData data, IObjectStorage storage, IUnitOfWork unitOfWork, IJobScheduler jobs)
    : ICommandHandler<EraseGenerationsCommand, int>
{
    public async ValueTask<int> Handle(EraseGenerationsCommand command, CancellationToken cancellationToken)
    {
        var running = await data.Generations.AsNoTracking()
            .Where(g => g.UserId == command.UserId && g.ProviderPredictionId != null
                && (g.Status == GenerationStatus.Queued || g.Status == GenerationStatus.Running))
            .Select(g => new { g.Provider, PredictionId = g.ProviderPredictionId! })
            .ToListAsync(cancellationToken);

        // Rows first, inside the transaction; a run finishing meanwhile finds its row gone and removes what it copied.
        await data.Generations.Where(g => g.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        await data.Uploads.Where(u => u.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        var removed = await storage.DeletePrefixAsync($"users/{command.UserId:N}/", cancellationToken);
        unitOfWork.AfterCommit(() => running.ForEach(run => jobs.Enqueue(new CancelPredictionJob(run.Provider, run.PredictionId))));
        return removed;
    }
}
