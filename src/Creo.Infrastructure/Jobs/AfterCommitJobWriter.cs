using Creo.Application.Common.Jobs;
using Hangfire;
using Hangfire.States;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// The in-memory job store shares no transaction with the database: the job is enqueued once the command has
/// committed, never before its rows are there to read. A crash between the commit and the enqueue loses the job; for a
/// generation run, ReconcileGenerations finds the generation still queued and enqueues it again.
/// </summary>
internal sealed class AfterCommitJobWriter(IUnitOfWork unitOfWork, IBackgroundJobClient jobs) : ICommandJobWriter
{
    public Task EnqueueAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob
    {
        unitOfWork.AfterCommit(() => jobs.Create(DispatcherJobs.For(job), new EnqueuedState()));
        return Task.CompletedTask;
    }
}
