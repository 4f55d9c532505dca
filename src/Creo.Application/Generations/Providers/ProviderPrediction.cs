namespace Creo.Application.Generations.Providers;

public enum ProviderStatus
{
    Starting,
    Processing,
    Succeeded,
    Failed,
    Canceled,
}

/// <summary>
/// A provider's run of one generation as it stands; <see cref="Outputs"/> are set once it has succeeded.
/// <see cref="QueuePosition"/> is the run's place in the host's queue while it waits there, for hosts that say (fal).
/// </summary>
public sealed record ProviderPrediction(string Id, ProviderStatus Status, IReadOnlyList<ProviderOutput> Outputs, string? Error, int? QueuePosition = null)
{
    public bool IsFinished => Status is ProviderStatus.Succeeded or ProviderStatus.Failed or ProviderStatus.Canceled;
}

/// <summary>
/// One output: at <see cref="Url"/> on the provider's servers, or already in memory (<see cref="Content"/>)
/// when the model ran here.
/// </summary>
public sealed record ProviderOutput(string ContentType, Uri? Url = null, byte[]? Content = null);
