namespace Creo.Application.Common.Jobs;

/// <summary>Runs one kind of job; resolved in a fresh scope for every run.</summary>
public interface IJobHandler<in TJob>
    where TJob : IJob
{
    Task RunAsync(TJob job, CancellationToken cancellationToken);
}
