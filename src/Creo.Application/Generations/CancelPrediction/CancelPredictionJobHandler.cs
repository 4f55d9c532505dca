using Creo.Application.Generations.Providers;

namespace Creo.Application.Generations.CancelPrediction;

internal sealed class CancelPredictionJobHandler(GenerationProviders providers) : IJobHandler<CancelPredictionJob>
{
    public Task RunAsync(CancelPredictionJob job, CancellationToken cancellationToken) =>
        providers.For(job.ProviderId).CancelAsync(job.PredictionId, cancellationToken);
}
