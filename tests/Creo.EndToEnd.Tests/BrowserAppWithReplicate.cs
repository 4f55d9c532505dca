using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Crëo with Replicate's models on offer, served by the local stand-in (whose video model answers with a real MP4);
/// no webhook address, so running predictions are polled, as an instance behind no public URL does.
/// </summary>
public sealed class BrowserAppWithReplicate(Chromium chromium) : BrowserApp(chromium)
{
    public ReplicateStandIn Replicate { get; private set; } = null!;

    protected override async Task BeforeStartAsync() => Replicate = await ReplicateStandIn.StartAsync();

    protected override ValueTask AfterStopAsync() => Replicate.DisposeAsync();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in Replicate.Settings())
        {
            settings[key] = value;
        }

        settings["Generation:PollInterval"] = "00:00:01";
    }

    /// <summary>The stand-in serves its files over http on loopback, which production's policy refuses.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(Replicate.OutputPolicy);
    }
}
