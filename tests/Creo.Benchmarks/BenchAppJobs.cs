using Creo.Application.Common.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Benchmarks;

public static class BenchAppJobs
{
    /// <summary>Runs a job's handler once, in a scope of its own, as a Hangfire worker would.</summary>
    public static async Task RunJobAsync<TJob>(this BenchApp app, TJob job, CancellationToken cancellationToken = default)
        where TJob : IJob
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IJobHandler<TJob>>().RunAsync(job, cancellationToken);
    }
}
