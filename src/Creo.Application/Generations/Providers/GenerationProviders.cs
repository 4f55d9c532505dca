using Creo.Application.Generations.Providers.Health;

namespace Creo.Application.Generations.Providers;

/// <summary>
/// Finds the provider a generation was submitted to, each behind its host's breaker (<see cref="HostGuardedProvider"/>):
/// every provider registered as <see cref="IGenerationProvider"/> gets one, and nothing reaches a provider another way.
/// </summary>
public sealed class GenerationProviders(IEnumerable<IGenerationProvider> providers, IHostHealth health)
{
    private readonly Dictionary<string, IGenerationProvider> byName = providers.ToDictionary(
        p => p.Name, IGenerationProvider (p) => new HostGuardedProvider(p, health), StringComparer.Ordinal);

    public IGenerationProvider For(string name) =>
        byName.TryGetValue(name, out var provider)
            ? provider
            : throw new DomainException("provider-unavailable", $"The model provider '{name}' is not configured here.");
}
