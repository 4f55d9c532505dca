using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Crëo on the embedded default, served over real HTTP, and the system's headless Chromium driven by
/// Playwright (never a downloaded browser: nothing outside is reachable).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly TemporaryDirectory directory = new();
    private TestDatabase? database;
    private IPlaywright? playwright;

    public CreoAppFactory App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        App = new CreoAppFactory(CreoSettings.For(database, directory.Path));
        _ = App.BaseAddress;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServices.ChromiumPath,
            Headless = true,

            // Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves what the page looks like under <c>.artifacts/screenshots</c>, for people to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = RepositoryPaths.Combine(".artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        directory.Dispose();
    }
}
