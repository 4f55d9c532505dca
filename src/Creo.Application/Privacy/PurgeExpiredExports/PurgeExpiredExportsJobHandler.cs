namespace Creo.Application.Privacy.PurgeExpiredExports;

internal sealed class PurgeExpiredExportsJobHandler(IPrivacyData data, IUnitOfWork unitOfWork, IObjectStorage storage, TimeProvider clock, ILogger<PurgeExpiredExportsJobHandler> logger)
    : IJobHandler<PurgeExpiredExportsJob>
{
    public async Task RunAsync(PurgeExpiredExportsJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var archives = await ExpireArchivesAsync(now, cancellationToken);
        var stalled = await GiveUpStalledAsync(now, cancellationToken);
        var ended = now - PurgeExpiredExportsJob.RecordGrace;
        var records = await data.DataExports.DeleteInBatchesAsync(
            e => (e.Status == DataExportStatus.Expired && e.ExpiresAt < ended) || (e.Status == DataExportStatus.Failed && e.CompletedAt < ended),
            e => e.Id,
            cancellationToken);
        logger.LogInformation(
            "Export retention removed {Archives} expired export archives from storage, gave up {Stalled} stalled exports and deleted {Records} export records",
            archives, stalled, records);
    }

    private Task<int> ExpireArchivesAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        data.DataExports
            .Where(e => e.Status == DataExportStatus.Ready && e.ExpiresAt <= now)
            .OrderBy(e => e.Id)
            .HandleInSavedBatchesAsync(unitOfWork, async batch =>
            {
                foreach (var export in batch)
                {
                    await storage.DeleteAsync(export.ObjectKey ?? DataExport.ObjectKeyOf(export.UserId, export.Id), cancellationToken);
                    export.Expire(now);
                }
            }, cancellationToken);

    private Task<int> GiveUpStalledAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stalledBefore = now - PurgeExpiredExportsJob.StalledAfter;
        return data.DataExports
            .Where(e => (e.Status == DataExportStatus.Queued || e.Status == DataExportStatus.Building) && e.RequestedAt < stalledBefore)
            .OrderBy(e => e.Id)
            .HandleInSavedBatchesAsync(unitOfWork, async batch =>
            {
                foreach (var export in batch)
                {
                    await storage.DeleteAsync(DataExport.ObjectKeyOf(export.UserId, export.Id), cancellationToken);
                    export.MarkFailed(now);
                }
            }, cancellationToken);
    }
}
