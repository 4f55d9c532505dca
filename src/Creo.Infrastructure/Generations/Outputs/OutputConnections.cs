using System.Net.Sockets;
using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.Outputs;

/// <summary>
/// The output client's way of opening connections: resolve the host, ask the policy about every address, and connect
/// to the very address that was checked. Checking a name and letting the handler resolve it again would leave a window
/// for DNS rebinding; here nothing resolves twice.
/// </summary>
internal static class OutputConnections
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Through(IOutputAddressPolicy policy) =>
        (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken);

    private static async ValueTask<Stream> ConnectAsync(IOutputAddressPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var host = endpoint.Host.TrimStart('[').TrimEnd(']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);

        // One refused address refuses the host: a public name that also answers with a private address is not a CDN.
        if (addresses.Length == 0 || !addresses.All(address => policy.AllowsAddress(address, endpoint.Port)))
        {
            throw new OutputRefusedException("its host is not a public address");
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
