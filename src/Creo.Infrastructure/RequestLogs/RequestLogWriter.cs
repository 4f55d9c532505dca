using Creo.Application.Common.RequestLogs;
using Microsoft.Extensions.Hosting;

namespace Creo.Infrastructure.RequestLogs;

/// <summary>Writes queued request log entries in batches, one insert round per batch.</summary>
internal sealed class RequestLogWriter(ChannelRequestLog log, IServiceScopeFactory scopes, ILogger<RequestLogWriter> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<RequestLogEntry>(MaxBatch);
        try
        {
            while (await log.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && log.Reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }

                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is flushed below.
        }

        while (log.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }

        await WriteAsync(batch, CancellationToken.None);
    }

    private async Task WriteAsync(List<RequestLogEntry> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IRequestLogData>().RequestLogs.AddRange(batch);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A lost debugging log must never take the app down; say so and carry on.
            logger.LogWarning(exception, "Could not write {Count} request log entries", batch.Count);
        }
    }
}
