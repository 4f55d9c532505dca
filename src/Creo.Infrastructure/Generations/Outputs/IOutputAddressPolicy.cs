namespace Creo.Infrastructure.Generations.Outputs;

/// <summary>
/// Where provider outputs may be fetched from. Asked twice for every hop, redirects included: of the URL before any
/// request (<see cref="AllowsUrl"/>), and of every address its host resolves to just before connecting
/// (<see cref="AllowsAddress"/>), so a name that resolves to a private address is caught whatever it is called.
/// Production registers <see cref="PublicOutputAddressPolicy"/>. It is a service rather than a setting so that no
/// configuration value can ever open private addresses; only code (a test host) can replace it.
/// </summary>
public interface IOutputAddressPolicy
{
    bool AllowsUrl(Uri url);

    bool AllowsAddress(IPAddress address, int port);
}
