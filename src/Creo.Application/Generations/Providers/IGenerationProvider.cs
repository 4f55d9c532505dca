namespace Creo.Application.Generations.Providers;

/// <summary>
/// A model host. This is the only port a prompt or a source image crosses, and only for the generation that
/// names them. Implementations must keep prompts out of exceptions and logs: Hangfire stores exception
/// messages with failed jobs.
/// </summary>
public interface IGenerationProvider
{
    /// <summary>Matches <see cref="Catalog.ModelDefinition.Provider"/>.</summary>
    string Name { get; }

    /// <summary>Starts a prediction. A fast provider may return it already finished, outputs included.</summary>
    Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken);

    /// <summary>Where a started prediction stands now.</summary>
    Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken);

    /// <summary>Asks the provider to stop; stopping a finished prediction is not an error.</summary>
    Task CancelAsync(string predictionId, CancellationToken cancellationToken);

    /// <summary>Opens one output for copying into our storage (provider copies expire, so we copy at once).</summary>
    Task<Stream> OpenOutputAsync(ProviderOutput output, CancellationToken cancellationToken);
}
