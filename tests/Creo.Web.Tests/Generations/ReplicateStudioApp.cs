using System.Net;
using System.Net.Sockets;
using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// Crëo with Replicate configured against the local stand-in, and a webhook URL that reaches this app: the app
/// listens on a port chosen up front, since the webhook address is part of its settings.
/// </summary>
public sealed class ReplicateStudioApp() : StudioApp(DatabaseProvider.Postgres)
{
    private readonly int port = FreePort();

    public ReplicateStandIn Replicate { get; private set; } = null!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Replicate.DisposeAsync();
    }

    protected override int Port => port;

    protected override async Task BeforeStartAsync() => Replicate = await ReplicateStandIn.StartAsync();

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Credits:StarterGrant"] = "100";
        settings["Generation:Provider"] = "Replicate";
        foreach (var (key, value) in Replicate.Settings(new Uri($"http://127.0.0.1:{port}/api/webhooks/replicate")))
        {
            settings[key] = value;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
