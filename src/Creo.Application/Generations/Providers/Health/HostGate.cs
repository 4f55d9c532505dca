using Creo.Application.Generations.Catalog;

namespace Creo.Application.Generations.Providers.Health;

/// <summary>The check the submission and the quote make, so both refuse a model whose host is not answering the same way.</summary>
internal static class HostGate
{
    public static void EnsureAvailable(IHostHealth health, ModelDefinition model)
    {
        var availability = health.Availability(model.Provider);
        if (!availability.IsAvailable)
        {
            throw HostRefusals.NotAnswering(model.Provider, availability.RetryAfter);
        }
    }
}
