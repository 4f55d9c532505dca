using System.Reflection;
using Creo.Application.Common.Jobs;
using Hangfire.Common;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// Hangfire's job for <see cref="JobDispatcher.RunAsync{TJob}"/> with a job record, built from the method itself.
/// Hangfire's expression overloads (<c>Enqueue(d =&gt; d.RunAsync(job, …))</c>) evaluate the captured job by compiling
/// the expression into a new dynamic method on every call; each new method keeps the runtime's tiered compiler waiting
/// to optimise, and measured, the whole app then ran its unoptimised first-tier code for as long as jobs were enqueued
/// (docs/performance.md). The job stored is the same: type, method, the record and a cancellation token.
/// </summary>
internal static class DispatcherJobs
{
    public static Job For<TJob>(TJob job)
        where TJob : IJob =>
        new(typeof(JobDispatcher), RunAsyncOf<TJob>.Method, job, CancellationToken.None);

    private static class RunAsyncOf<TJob>
        where TJob : IJob
    {
        public static readonly MethodInfo Method = typeof(JobDispatcher)
            .GetMethod(nameof(JobDispatcher.RunAsync), BindingFlags.Public | BindingFlags.Instance)!
            .MakeGenericMethod(typeof(TJob));
    }
}
