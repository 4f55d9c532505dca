using Creo.Application.Common.Jobs;

namespace Creo.Infrastructure.Jobs;

/// <summary>How <see cref="IJobScheduler.EnqueueWithCommandAsync{TJob}"/> enqueues with the job storage in use.</summary>
internal interface ICommandJobWriter
{
    Task EnqueueAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob;
}
