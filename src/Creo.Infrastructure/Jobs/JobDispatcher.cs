using Creo.Application.Common.Jobs;
using Hangfire;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// The one method Hangfire ever calls: it resolves the application's handler for the job in a fresh scope.
/// Hangfire stores only this method and the job record (ids), so the job store never holds a prompt; a failure reaches
/// it as a <see cref="JobFailedException"/>, so neither does the failure.
/// </summary>
public sealed class JobDispatcher(IServiceScopeFactory scopes, ILogger<JobDispatcher> logger)
{
    [JobDisplayName("{0}")]
    [JobLogScope]
    public async Task RunAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob
    {
        // Every line the job writes carries its Hangfire id and kind (JSON logs: Scopes), never the job's fields.
        using var logScope = logger.BeginScope(new Dictionary<string, object?> { ["JobId"] = JobLogScopeAttribute.CurrentJobId, ["Job"] = typeof(TJob).Name });
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IJobHandler<TJob>>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await handler.RunAsync(job, cancellationToken);
            logger.LogInformation("{Job} ran in {ElapsedMs:F1} ms", typeof(TJob).Name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Hangfire keeps what a failed job threw; it gets the job's name and the cause's type, never a message.
            throw new JobFailedException(typeof(TJob).Name, exception);
        }
    }
}
