using Creo.Application.Common.Jobs;
using Hangfire;
using Hangfire.States;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// The application's <see cref="IJobScheduler"/> port on Hangfire's clients from DI (never the static ones, so each host
/// keeps its own storage), with jobs built by <see cref="DispatcherJobs"/> rather than from expressions.
/// </summary>
internal sealed class HangfireJobScheduler(IBackgroundJobClient jobs, IRecurringJobManager recurringJobs, ICommandJobWriter commandJobs) : IJobScheduler
{
    public string Enqueue<TJob>(TJob job)
        where TJob : IJob =>
        jobs.Create(DispatcherJobs.For(job), new EnqueuedState());

    public Task EnqueueWithCommandAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob =>
        commandJobs.EnqueueAsync(job, cancellationToken);

    public string Schedule<TJob>(TJob job, DateTimeOffset runAt)
        where TJob : IJob =>
        jobs.Create(DispatcherJobs.For(job), new ScheduledState(runAt.UtcDateTime));

    public void AddOrUpdateRecurring<TJob>(string name, TJob job, string cron)
        where TJob : IJob =>
        recurringJobs.AddOrUpdate(name, DispatcherJobs.For(job), cron, new RecurringJobOptions());
}
