using Creo.Application.Common.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Creo.Application.Common.RequestLogs.PurgeRequestLogs;

/// <summary>
/// Deletes in batches, each its own short statement, so the purge never holds a lock long enough to stall the
/// requests being logged meanwhile. Idempotent: a second run finds nothing left to delete.
/// </summary>
internal sealed class PurgeRequestLogsJobHandler(IRequestLogData data, TimeProvider clock, ILogger<PurgeRequestLogsJobHandler> logger)
    : IJobHandler<PurgeRequestLogsJob>
{
    internal const int BatchSize = 5_000;

    public async Task RunAsync(PurgeRequestLogsJob job, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - PurgeRequestLogsJob.Retention;
        var removed = 0;
        int batch;
        do
        {
            var ids = data.RequestLogs.Where(e => e.OccurredAt < cutoff).OrderBy(e => e.OccurredAt).Select(e => e.Id).Take(BatchSize);
            batch = await data.RequestLogs.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            removed += batch;
        }
        while (batch == BatchSize);

        logger.LogInformation("Request log purge removed {Removed} entries older than {Cutoff:O}", removed, cutoff);
    }
}
