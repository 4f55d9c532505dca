using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Crëo with Replicate (its local stand-in) offered first, whose breaker opens at the first failed run and stays open
/// for an hour: the studio as a person sees it while a host is down.
/// </summary>
public sealed class BrowserAppWithFailingHost(Chromium chromium) : BrowserApp(chromium)
{
    public ReplicateStandIn Replicate { get; private set; } = null!;

    protected override async Task BeforeStartAsync() => Replicate = await ReplicateStandIn.StartAsync();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Generation:Provider"] = "Replicate";
        settings["Generation:HostBreaker:FailuresToOpen"] = "1";
        settings["Generation:HostBreaker:OpenSeconds"] = "3600";
        foreach (var (key, value) in Replicate.Settings())
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(Replicate.OutputPolicy);
    }

    protected override async ValueTask AfterStopAsync() => await Replicate.DisposeAsync();
}
