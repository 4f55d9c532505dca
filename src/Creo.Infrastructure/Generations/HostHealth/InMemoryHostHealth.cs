using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Creo.Application.Generations.Providers.Health;

namespace Creo.Infrastructure.Generations.HostHealth;

/// <summary>
/// The breakers of this instance, one per host, in memory. Instances do not share them: each learns of a failing host from
/// its own calls, which takes at most <c>Generation__HostBreaker__FailuresToOpen</c> failed runs per instance (docs/models.md).
/// </summary>
internal sealed class InMemoryHostHealth(IOptions<HostBreakerOptions> options, TimeProvider clock) : IHostHealth
{
    private readonly ConcurrentDictionary<string, HostCircuit> circuits = new(StringComparer.Ordinal);

    public HostAvailability Availability(string host) =>
        circuits.TryGetValue(host, out var circuit) ? circuit.Availability() : HostAvailability.Available;

    public bool TryStart(string host) => CircuitOf(host).TryStart();

    public void Succeeded(string host)
    {
        // A healthy host's calls make no circuit: most hosts never fail, and most calls are not the first.
        if (circuits.TryGetValue(host, out var circuit))
        {
            circuit.Succeeded();
        }
    }

    public void Failed(string host) => CircuitOf(host).Failed();

    private HostCircuit CircuitOf(string host) => circuits.GetOrAdd(host, _ => new HostCircuit(options.Value, clock));
}
