using Creo.Infrastructure.Common;
using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// Crëo with fal configured against the local stand-in (its queue and its JWKS), and a webhook URL that reaches this
/// app: the app listens on a port chosen up front, since the webhook address is part of its settings.
/// </summary>
public sealed class FalStudioApp() : StudioApp(DatabaseProvider.Postgres)
{
    private readonly int port = LoopbackPort.Free();

    public FalStandIn Fal { get; private set; } = null!;

    public Uri WebhookUrl => new($"http://127.0.0.1:{port}/api/webhooks/fal");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Fal.DisposeAsync();
    }

    protected override int Port => port;

    protected override async Task BeforeStartAsync() => Fal = await FalStandIn.StartAsync();

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Credits:StarterGrant"] = "100";

        // One attempt: a run that fails (garbage from fal) fails for good at once, rather than after Hangfire's retry delays.
        settings["Generation:MaxAttempts"] = "1";
        settings["Generation:PollInterval"] = "00:00:01";
        foreach (var (key, value) in Fal.Settings(WebhookUrl))
        {
            settings[key] = value;
        }
    }

    /// <summary>The stand-in serves its files over http on loopback, which production's policy refuses; see <see cref="StandInOutputPolicy"/>.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(Fal.OutputPolicy);
    }
}
