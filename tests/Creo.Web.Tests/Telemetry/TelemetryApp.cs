using System.Globalization;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Generations.Outputs;
using Creo.Testing;
using Creo.Web.Tests.Billing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Web.Tests.Telemetry;

/// <summary>
/// Crëo on the embedded default with everything that moves a metric: generations on the Replicate stand-in (a run
/// that succeeds or fails on demand, and its signed webhook), payments on the Stripe stand-in, and an admin who may
/// read <c>/metrics</c>.
/// </summary>
public sealed class TelemetryApp() : BillingApp(DatabaseProvider.Sqlite)
{
    private readonly int port = LoopbackPort.Free();

    public ReplicateStandIn Replicate { get; private set; } = null!;

    private HostMeterReadings? readings;

    /// <summary>This host's own <c>Creo</c> measurements (see <see cref="HostMeterReadings"/> for why not the scrape).</summary>
    public HostMeterReadings.Snapshot Readings() =>
        (readings ??= new HostMeterReadings(App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>())).Read();

    private SignedInUser? admin;

    /// <summary>The admin, signed in once for the whole class: an address may ask for only a few sign-in links.</summary>
    public async Task<SignedInUser> AdminAsync() => admin ??= await NewPersonAsync(AdminEmail);

    /// <summary>The Prometheus exposition an admin reads from <c>/metrics</c>.</summary>
    public async Task<PrometheusText> ScrapeAsync(SignedInUser admin)
    {
        using var response = await admin.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"/metrics answered {(int)response.StatusCode}: {text}");
        return new PrometheusText(text);
    }

    public override async ValueTask DisposeAsync()
    {
        readings?.Dispose();
        await base.DisposeAsync();
        await Replicate.DisposeAsync();
    }

    protected override int Port => port;

    protected override async Task BeforeStartAsync()
    {
        await base.BeforeStartAsync();
        Replicate = await ReplicateStandIn.StartAsync();
    }

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Credits:StarterGrant"] = "100";
        settings["Generation:Provider"] = "Replicate";
        settings["Generation:MaxAttempts"] = "1";
        settings["RateLimits:SignInStartsPerIp"] = "1000";
        foreach (var (key, value) in Replicate.Settings(new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/api/webhooks/replicate")))
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IOutputAddressPolicy>();
        services.AddSingleton<IOutputAddressPolicy>(Replicate.OutputPolicy);
    }
}
