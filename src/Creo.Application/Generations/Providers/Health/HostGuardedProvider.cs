namespace Creo.Application.Generations.Providers.Health;

/// <summary>
/// Every provider, as <see cref="GenerationProviders"/> hands it out: the one place the calls to a host are counted for its
/// breaker, so each host gets one without doing anything. Only a new start is refused while the breaker is open; reads,
/// cancels and output copies of predictions already running still go through (refusing them would strand paid runs).
/// What does not count against the host: a prediction the host reports as failed (the model refused or broke, the host
/// is up), a clean 4xx about the request, an output Crëo refused, and a cancellation of ours.
/// </summary>
internal sealed class HostGuardedProvider(IGenerationProvider inner, IHostHealth health) : IGenerationProvider
{
    public string Name => inner.Name;

    public Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        if (!health.TryStart(inner.Name))
        {
            throw HostRefusals.NotAnswering(inner.Name, health.Availability(inner.Name).RetryAfter);
        }

        return ObserveAsync(() => inner.StartAsync(request, cancellationToken), cancellationToken);
    }

    public Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken) =>
        ObserveAsync(() => inner.GetAsync(predictionId, cancellationToken), cancellationToken);

    public Task CancelAsync(string predictionId, CancellationToken cancellationToken) =>
        ObserveAsync(async () => { await inner.CancelAsync(predictionId, cancellationToken); return true; }, cancellationToken);

    public Task<Stream> OpenOutputAsync(ProviderOutput output, CancellationToken cancellationToken) =>
        ObserveAsync(() => inner.OpenOutputAsync(output, cancellationToken), cancellationToken);

    private async Task<T> ObserveAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            var result = await call();
            health.Succeeded(inner.Name);
            return result;
        }
        catch (Exception exception)
        {
            switch (Classify(exception, cancellationToken))
            {
                case HostOutcome.Failed:
                    health.Failed(inner.Name);
                    break;
                case HostOutcome.Answered:
                    health.Succeeded(inner.Name);
                    break;
            }

            throw;
        }
    }

    /// <summary>What a failed call says about the host: that it failed, that it answered (cleanly refusing), or nothing.</summary>
    internal static HostOutcome Classify(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => HostOutcome.Unknown,
        OutputRefusedException or ServiceUnavailableException or ArgumentException => HostOutcome.Unknown,
        IHostFailureKind { IsHostFailure: false } => HostOutcome.Answered,
        _ => HostOutcome.Failed,
    };
}

internal enum HostOutcome
{
    Unknown,
    Answered,
    Failed,
}
