using Creo.Application.Common.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// The one method Hangfire ever calls: it resolves the application's handler for the job in a fresh scope.
/// Hangfire stores only this method and the job record (ids), so the job store never holds a prompt.
/// </summary>
public sealed class JobDispatcher(IServiceScopeFactory scopes)
{
    [JobDisplayName("{0}")]
    public async Task RunAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IJobHandler<TJob>>();
        await handler.RunAsync(job, cancellationToken);
    }
}
