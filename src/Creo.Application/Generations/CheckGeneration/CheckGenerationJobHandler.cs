namespace Creo.Application.Generations.CheckGeneration;

internal sealed class CheckGenerationJobHandler(GenerationRunner runner) : IJobHandler<CheckGenerationJob>
{
    public async Task RunAsync(CheckGenerationJob job, CancellationToken cancellationToken) => await runner.RefreshAsync(job.GenerationId, cancellationToken);
}
