namespace Creo.Application.Common.RequestLogs.PurgeRequestLogs;

internal sealed class PurgeRequestLogsJobHandler(IRequestLogData data, TimeProvider clock, ILogger<PurgeRequestLogsJobHandler> logger)
    : IJobHandler<PurgeRequestLogsJob>
{
    public async Task RunAsync(PurgeRequestLogsJob job, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - PurgeRequestLogsJob.Retention;
        var removed = await data.RequestLogs.DeleteInBatchesAsync(e => e.OccurredAt < cutoff, e => e.Id, cancellationToken);
        logger.LogInformation("Request log purge removed {Removed} entries older than {Cutoff:O}", removed, cutoff);
    }
}
