namespace Creo.Application.Generations.Providers;

/// <summary>Finds the provider a generation was submitted to.</summary>
public sealed class GenerationProviders(IEnumerable<IGenerationProvider> providers)
{
    private readonly Dictionary<string, IGenerationProvider> byName = providers.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public IGenerationProvider For(string name) =>
        byName.TryGetValue(name, out var provider)
            ? provider
            : throw new DomainException("provider-unavailable", $"The model provider '{name}' is not configured here.");
}
