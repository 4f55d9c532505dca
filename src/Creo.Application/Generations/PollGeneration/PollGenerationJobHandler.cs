namespace Creo.Application.Generations.PollGeneration;

internal sealed class PollGenerationJobHandler(GenerationRunner runner, IJobScheduler jobs, IOptions<GenerationsOptions> options, TimeProvider clock)
    : IJobHandler<PollGenerationJob>
{
    public async Task RunAsync(PollGenerationJob job, CancellationToken cancellationToken)
    {
        if (!await runner.RefreshAsync(job.GenerationId, cancellationToken))
        {
            jobs.Schedule(job, clock.GetUtcNow() + options.Value.PollInterval);
        }
    }
}
