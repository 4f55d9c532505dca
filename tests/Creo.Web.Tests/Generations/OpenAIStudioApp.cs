using Creo.Infrastructure.Common;
using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Web.Tests.Generations;

/// <summary>Crëo on production's shape (PostgreSQL, Hangfire, S3) with an OpenAI-compatible host: the local stand-in.</summary>
public sealed class OpenAIStudioApp() : StudioApp(DatabaseProvider.Postgres)
{
    /// <summary>Small, so a test can send an image over it; set as <c>Generation:MaxOutputBytes</c>.</summary>
    public const int MaxOutputBytes = 256 * 1024;

    public OpenAIImagesStandIn OpenAI { get; private set; } = null!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await OpenAI.DisposeAsync();
    }

    protected override async Task BeforeStartAsync() => OpenAI = await OpenAIImagesStandIn.StartAsync();

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithS3Storage();
        settings["Credits:StarterGrant"] = "100";
        settings["Generation:MaxOutputBytes"] = MaxOutputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in OpenAI.Settings())
        {
            settings[key] = value;
        }
    }

    /// <summary>The stand-in serves its files over http on loopback, which production's policy refuses; see <see cref="StandInOutputPolicy"/>.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(OpenAI.OutputPolicy);
    }
}
