using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Crëo on the embedded default, served over real HTTP, and pages in the assembly's one headless Chromium.
/// </summary>
public class BrowserApp(Chromium chromium) : IAsyncLifetime
{
    private readonly TemporaryDirectory directory = new();
    private readonly List<IBrowserContext> contexts = [];
    private TestDatabase? database;

    public CreoAppFactory App { get; private set; } = null!;

    public IBrowser Browser => chromium.Browser;

    /// <summary>The app's data directory: its database, media, and the <c>mail</c> pickup folder.</summary>
    public string DataDirectory => directory.Path;

    /// <summary>
    /// Where the browser reaches the app: the loopback address by the name <c>localhost</c>, because the session
    /// cookie is Secure outside Development and Chromium keeps Secure cookies over plain HTTP only for localhost.
    /// The app's public origin (the links it mails) says localhost too.
    /// </summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await BeforeStartAsync();
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = CreoSettings.For(database, directory.Path);

        // Every browser test asks for sign-in links from the same loopback address.
        settings["RateLimits:SignInStartsPerIp"] = "1000";
        var port = LoopbackPort.Free();
        settings[CreoAppFactory.PublicBaseUrlSetting] = $"http://localhost:{port}";
        Configure(settings);
        App = new CreoAppFactory(settings, ConfigureServices, port);
        BaseAddress = new UriBuilder(App.BaseAddress) { Host = "localhost" }.Uri;
    }

    /// <summary>A page in a browser context of its own: its own cookies, as if on another device.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? userAgent = null, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            UserAgent = userAgent,
            ColorScheme = colorScheme,
            JavaScriptEnabled = javaScript,
        });
        lock (contexts)
        {
            contexts.Add(context);
        }

        // A page's load waits for its images and scripts; on two busy cores that can take longer than an action may.
        context.SetDefaultNavigationTimeout(60_000);

        return await context.NewPageAsync();
    }

    /// <summary>Saves what the page looks like under <c>.artifacts/screenshots</c>, for people to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = RepositoryPaths.Combine(".artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Starts what the app's settings must name (a stand-in's address) before the app starts.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>Stops what <see cref="BeforeStartAsync"/> started, once the app has stopped.</summary>
    protected virtual ValueTask AfterStopAsync() => ValueTask.CompletedTask;

    /// <summary>Services a fixture for particular tests adds or replaces (a route that fails on purpose).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Settings a fixture for particular tests adds to the embedded default.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        await App.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        await AfterStopAsync();
        directory.Dispose();
    }
}
