using System.Net;
using System.Net.Sockets;

namespace Creo.Testing;

/// <summary>A free loopback port, chosen before the app starts, for settings that must name the app's own address.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
