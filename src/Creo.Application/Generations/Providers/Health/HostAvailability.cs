namespace Creo.Application.Generations.Providers.Health;

/// <summary>A host's standing for new work: available, or refused for <see cref="RetryAfter"/> more.</summary>
public sealed record HostAvailability(bool IsAvailable, TimeSpan RetryAfter)
{
    public static HostAvailability Available { get; } = new(true, TimeSpan.Zero);

    public static HostAvailability RefusedFor(TimeSpan retryAfter) => new(false, retryAfter);
}
