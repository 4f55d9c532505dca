namespace Creo.Application.Generations.Providers.Health;

/// <summary>
/// A circuit breaker per model host (<see cref="Catalog.ModelDefinition.Provider"/>), fed by the outcomes of the calls the
/// runs make to that host (<see cref="HostGuardedProvider"/>). While a host's breaker is open its models are not offered
/// and new submissions to them are refused (503), so nobody is charged for a run that would only fail.
/// Each instance of the app keeps its own state: a second instance learns of a failing host from its own calls.
/// </summary>
public interface IHostHealth
{
    /// <summary>Whether new work may be sent to <paramref name="host"/> now, and if not, for how long it is refused.</summary>
    HostAvailability Availability(string host);

    /// <summary>
    /// Asks to start a new prediction on <paramref name="host"/>: yes while the breaker is closed; no while it is open;
    /// once the break has lapsed, yes for one trial call at a time, whose outcome closes or opens the breaker again.
    /// </summary>
    bool TryStart(string host);

    /// <summary>The host answered (a clean refusal or a failed prediction it reported counts: the host is up).</summary>
    void Succeeded(string host);

    /// <summary>The host failed: an exception, a 5xx, a timeout, an answer that could not be read.</summary>
    void Failed(string host);
}
