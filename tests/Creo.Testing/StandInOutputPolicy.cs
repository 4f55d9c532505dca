using System.Net;
using Creo.Infrastructure.Generations.Outputs;

namespace Creo.Testing;

/// <summary>
/// Production's <see cref="PublicOutputAddressPolicy"/>, plus exactly the stand-in origins named here (plain http on a
/// loopback port, where <see cref="ReplicateStandIn"/> serves its output files). Why a test needs it: the stand-in
/// cannot listen on a public https address, and the strict rule rightly refuses loopback. Why it is a service and not a
/// setting: a setting could open loopback in production; this exists only in test hosts, and every other loopback port,
/// private address and scheme is still refused by the strict rule it delegates to (which the tests check too).
/// </summary>
public sealed class StandInOutputPolicy(params Uri[] origins) : IOutputAddressPolicy
{
    private readonly PublicOutputAddressPolicy strict = new();

    public bool AllowsUrl(Uri url) =>
        strict.AllowsUrl(url)
        || origins.Any(origin => Uri.Compare(url, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);

    public bool AllowsAddress(IPAddress address, int port) =>
        strict.AllowsAddress(address, port) || (IPAddress.IsLoopback(address) && origins.Any(origin => origin.Port == port));
}
