using Creo.Domain.Generations;

namespace Creo.Application.Generations.PurgeUnusedUploads;

internal sealed class PurgeUnusedUploadsJobHandler(IGenerationsData data, IUnitOfWork unitOfWork, IObjectStorage storage, TimeProvider clock, ILogger<PurgeUnusedUploadsJobHandler> logger)
    : IJobHandler<PurgeUnusedUploadsJob>
{
    /// <summary>
    /// Uploads per save: each batch's images go first, then its rows, so a crash between them only repeats a delete
    /// (removing a missing object is not an error) and a re-run finds nothing left to do.
    /// </summary>
    private const int BatchSize = 200;

    public async Task RunAsync(PurgeUnusedUploadsJob job, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - PurgeUnusedUploadsJob.UnusedFor;
        var removed = 0;
        List<Upload> batch;
        do
        {
            batch = await data.Uploads
                .Where(u => u.CreatedAt < before && !data.Generations.Any(g => g.SourceImageId == u.Id))
                .OrderBy(u => u.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var upload in batch)
            {
                await storage.DeleteAsync(upload.StorageKey, cancellationToken);
            }

            data.Uploads.RemoveRange(batch);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            removed += batch.Count;
        }
        while (batch.Count == BatchSize);

        logger.LogInformation("Upload retention removed {Uploads} uploads no generation used", removed);
    }
}
