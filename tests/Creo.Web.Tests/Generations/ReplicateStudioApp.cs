using Creo.Infrastructure.Common;
using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// Crëo with Replicate configured against the local stand-in, and a webhook URL that reaches this app: the app
/// listens on a port chosen up front, since the webhook address is part of its settings.
/// </summary>
public sealed class ReplicateStudioApp() : StudioApp(DatabaseProvider.Postgres)
{
    private readonly int port = LoopbackPort.Free();

    /// <summary>Small, so a test can send a body over it; set as <c>Generation:MaxOutputBytes</c>.</summary>
    public const int MaxOutputBytes = 256 * 1024;

    public ReplicateStandIn Replicate { get; private set; } = null!;

    /// <summary>What the app's tracing exported (the canary looks for the prompt in it).</summary>
    public Telemetry.ExportedSpans Spans { get; } = new();

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
        settings["Generation:MaxOutputBytes"] = MaxOutputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in Replicate.Settings(new Uri($"http://127.0.0.1:{port}/api/webhooks/replicate")))
        {
            settings[key] = value;
        }
    }

    /// <summary>The stand-in serves its files over http on loopback, which production's policy refuses; see <see cref="StandInOutputPolicy"/>.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(Replicate.OutputPolicy);
        Spans.ExportFrom(services);
    }
}
