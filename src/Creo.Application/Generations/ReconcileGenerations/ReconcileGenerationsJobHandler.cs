using Creo.Application.Generations.CheckGeneration;
using Creo.Application.Generations.RunGeneration;

namespace Creo.Application.Generations.ReconcileGenerations;

internal sealed class ReconcileGenerationsJobHandler(
    IGenerationsData data,
    IJobScheduler jobs,
    IOptions<GenerationsOptions> options,
    TimeProvider clock,
    ILogger<ReconcileGenerationsJobHandler> logger) : IJobHandler<ReconcileGenerationsJob>
{
    /// <summary>Per run, so one pass never floods the queue; the next pass picks up the rest.</summary>
    private const int BatchSize = 500;

    public async Task RunAsync(ReconcileGenerationsJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var queuedBefore = now - options.Value.QueuedGrace;

        // Queued too long, or running with no prediction and nobody holding the claim: the run was lost. Running it
        // again is safe: the claim lets one worker in, and the hold is captured or released once. (On PostgreSQL job
        // storage a submission's run commits with it, so "queued too long" there means a job Hangfire lost or deleted,
        // not a crash between the commit and the enqueue; with the in-memory store, that crash is what this catches.)
        var lost = await data.Generations.AsNoTracking()
            .Where(g => (g.Status == GenerationStatus.Queued && g.CreatedAt < queuedBefore)
                || (g.Status == GenerationStatus.Running && g.ProviderPredictionId == null && (g.ClaimedUntil == null || g.ClaimedUntil < now)))
            .OrderBy(g => g.Id).Select(g => g.Id).Take(BatchSize).ToListAsync(cancellationToken);

        // Running at a provider: ask once; the check finishes it, or cancels it past its deadline.
        var atProvider = await data.Generations.AsNoTracking()
            .Where(g => g.Status == GenerationStatus.Running && g.ProviderPredictionId != null)
            .OrderBy(g => g.Id).Select(g => g.Id).Take(BatchSize).ToListAsync(cancellationToken);

        lost.ForEach(id => jobs.Enqueue(new RunGenerationJob(id)));
        atProvider.ForEach(id => jobs.Enqueue(new CheckGenerationJob(id)));
        logger.LogInformation("Reconciliation re-ran {Lost} lost generations and checked {AtProvider} running at a provider", lost.Count, atProvider.Count);
    }
}
