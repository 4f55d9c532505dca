using Creo.Application.Common.Jobs;
using Hangfire;

namespace Creo.Infrastructure.Jobs;

/// <summary>The application's <see cref="IJobScheduler"/> port on Hangfire's clients from DI (never the static ones, so each host keeps its own storage).</summary>
internal sealed class HangfireJobScheduler(IBackgroundJobClient jobs, IRecurringJobManager recurringJobs, ICommandJobWriter commandJobs) : IJobScheduler
{
    public string Enqueue<TJob>(TJob job)
        where TJob : IJob =>
        jobs.Enqueue<JobDispatcher>(dispatcher => dispatcher.RunAsync(job, CancellationToken.None));

    public Task EnqueueWithCommandAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob =>
        commandJobs.EnqueueAsync(job, cancellationToken);

    public string Schedule<TJob>(TJob job, DateTimeOffset runAt)
        where TJob : IJob =>
        jobs.Schedule<JobDispatcher>(dispatcher => dispatcher.RunAsync(job, CancellationToken.None), runAt);

    public void AddOrUpdateRecurring<TJob>(string name, TJob job, string cron)
        where TJob : IJob =>
        recurringJobs.AddOrUpdate<JobDispatcher>(name, dispatcher => dispatcher.RunAsync(job, CancellationToken.None), cron);
}
