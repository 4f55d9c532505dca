namespace Creo.Application.Generations.PurgeUnusedUploads;

internal sealed class PurgeUnusedUploadsJobHandler(IGenerationsData data, IUnitOfWork unitOfWork, IObjectStorage storage, TimeProvider clock, ILogger<PurgeUnusedUploadsJobHandler> logger)
    : IJobHandler<PurgeUnusedUploadsJob>
{
    public async Task RunAsync(PurgeUnusedUploadsJob job, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - PurgeUnusedUploadsJob.UnusedFor;
        var removed = await data.Uploads
            .Where(u => u.CreatedAt < before && !data.Generations.Any(g => g.SourceImageId == u.Id))
            .OrderBy(u => u.Id)
            .HandleInSavedBatchesAsync(unitOfWork, async batch =>
            {
                foreach (var upload in batch)
                {
                    await storage.DeleteAsync(upload.StorageKey, cancellationToken);
                }

                data.Uploads.RemoveRange(batch);
            }, cancellationToken);

        logger.LogInformation("Upload retention removed {Uploads} uploads no generation used", removed);
    }
}
