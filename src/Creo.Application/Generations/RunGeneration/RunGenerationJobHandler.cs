namespace Creo.Application.Generations.RunGeneration;

internal sealed class RunGenerationJobHandler(GenerationRunner runner) : IJobHandler<RunGenerationJob>
{
    public Task RunAsync(RunGenerationJob job, CancellationToken cancellationToken) => runner.RunAsync(job.GenerationId, cancellationToken);
}
