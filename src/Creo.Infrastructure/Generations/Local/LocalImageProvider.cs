using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// Runs the local models in-process with SkiaSharp. A render takes well under a second, so a prediction is
/// finished by the time <see cref="StartAsync"/> returns and its PNG travels in memory, not by URL.
/// </summary>
internal sealed class LocalImageProvider : IGenerationProvider
{
    public string Name => ProviderNames.Local;

    public Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        if (request.DurationSeconds is not null)
        {
            throw new DomainException("local-video-unsupported", "Local models render still images only; choose a hosted model for video.");
        }

        var png = LocalRenderer.RenderPng(request, cancellationToken);
        var prediction = new ProviderPrediction("local-" + request.GenerationId.ToString("N"), ProviderStatus.Succeeded, [new ProviderOutput("image/png", Content: png)], null);
        return Task.FromResult(prediction);
    }

    public Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(
            $"Local prediction '{predictionId}' finished inside StartAsync; a finished prediction is never attached, so nothing should poll it.");

    // A local prediction has always finished before anyone could ask to stop it.
    public Task CancelAsync(string predictionId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Stream> OpenOutputAsync(ProviderOutput output, CancellationToken cancellationToken)
    {
        var content = output.Content ?? throw new InvalidOperationException("A local output carries its content in memory; this one has none.");
        return Task.FromResult<Stream>(new MemoryStream(content, writable: false));
    }
}
