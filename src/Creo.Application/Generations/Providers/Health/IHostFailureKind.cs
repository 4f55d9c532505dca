namespace Creo.Application.Generations.Providers.Health;

/// <summary>
/// Implemented by a provider's own exception, so the breaker can tell a host that is failing (5xx, 429, a timeout, an
/// answer it could not read) from a host that answered cleanly that it will not take this request (a 4xx about the input).
/// Exceptions that do not implement it count as host failures, except the ones <see cref="HostGuardedProvider"/> names.
/// </summary>
public interface IHostFailureKind
{
    bool IsHostFailure { get; }
}
