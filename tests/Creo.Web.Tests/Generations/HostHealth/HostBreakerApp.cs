using Creo.Application.Generations.Providers.Health;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Generations.HostHealth;
using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Creo.Web.Tests.Generations.HostHealth;

/// <summary>
/// Crëo with Replicate (its local stand-in) whose breaker opens after <see cref="FailuresToOpen"/> failed runs and whose
/// break ends when the test moves <see cref="BreakerClock"/>, not after real minutes.
/// </summary>
public abstract class HostBreakerApp(DatabaseProvider provider) : StudioApp(provider)
{
    public const int FailuresToOpen = 2;

    public const int OpenSeconds = 300;

    private readonly int port = LoopbackPort.Free();

    public ReplicateStandIn Replicate { get; private set; } = null!;

    /// <summary>The breaker's clock only; the rest of the app keeps real time, so jobs and sessions behave as in production.</summary>
    public FakeTimeProvider BreakerClock { get; } = new(DateTimeOffset.UtcNow);

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
        settings["Generation:HostBreaker:FailuresToOpen"] = FailuresToOpen.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Generation:HostBreaker:OpenSeconds"] = OpenSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in Replicate.Settings(new Uri($"http://127.0.0.1:{port}/api/webhooks/replicate")))
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(Replicate.OutputPolicy);
        services.RemoveAll<IHostHealth>();
        services.AddSingleton<IHostHealth>(sp => new InMemoryHostHealth(sp.GetRequiredService<IOptions<HostBreakerOptions>>(), BreakerClock));
    }
}

public sealed class EmbeddedHostBreakerApp() : HostBreakerApp(DatabaseProvider.Sqlite);

public sealed class PostgresHostBreakerApp() : HostBreakerApp(DatabaseProvider.Postgres);
