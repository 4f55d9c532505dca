using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Creo.Testing;

/// <summary>
/// Crëo's real host (Program.cs unchanged) on real Kestrel at a free loopback port, so tests and the browser
/// talk to it over HTTP exactly as people do. Settings go in as configuration; the clock is a fake one the
/// test can move. The port is chosen up front so that <c>Creo:PublicBaseUrl</c> (required outside Development) names
/// the app's own address; a test that wants it unset says so with a null value.
/// </summary>
public sealed class CreoAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="port">0 for any free port; a fixed one when the app's own settings must name its address (webhook URLs).</param>
    public CreoAppFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null, int port = 0)
    {
        port = port == 0 ? LoopbackPort.Free() : port;
        this.settings = settings.ContainsKey(PublicBaseUrlSetting)
            ? settings
            : new Dictionary<string, string?>(settings) { [PublicBaseUrlSetting] = $"http://127.0.0.1:{port}" };
        this.configureServices = configureServices;
        UseKestrel(port);
    }

    public const string PublicBaseUrlSetting = "Creo:PublicBaseUrl";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        }
    }

    /// <summary>A client for the real HTTP endpoint that neither follows redirects nor keeps cookies unless asked.</summary>
    public HttpClient CreateHttpClient(bool handleCookies = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = handleCookies }) { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            configureServices?.Invoke(services);
        });
    }
}
