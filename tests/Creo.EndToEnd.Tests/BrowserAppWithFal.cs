using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.EndToEnd.Tests;

/// <summary>Crëo with fal's queue configured against the local stand-in; requests are followed by polling (no webhook URL).</summary>
public sealed class BrowserAppWithFal(Chromium chromium) : BrowserApp(chromium)
{
    public FalStandIn Fal { get; private set; } = null!;

    protected override async Task BeforeStartAsync() => Fal = await FalStandIn.StartAsync();

    protected override async ValueTask AfterStopAsync()
    {
        if (Fal is not null)
        {
            await Fal.DisposeAsync();
        }
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in Fal.Settings())
        {
            settings[key] = value;
        }

        settings["Generation:PollInterval"] = "00:00:01";
    }

    /// <summary>The stand-in serves its files over http on loopback, which production's policy refuses; see <see cref="StandInOutputPolicy"/>.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(Fal.OutputPolicy);
    }
}
