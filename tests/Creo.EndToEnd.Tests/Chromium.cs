using Creo.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Creo.EndToEnd.Tests.Chromium))]

namespace Creo.EndToEnd.Tests;

/// <summary>
/// The system's headless Chromium (never a downloaded browser: nothing outside is reachable), started once for the whole
/// assembly; every app fixture opens its pages in browser contexts of its own, so no two tests share cookies.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Web-first assertions wait for the page to reach the expected state; Playwright's 5 s default is short for two
        // cores running several browser tests and their apps at once, so they wait as long as actions do.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServices.ChromiumPath,
            Headless = true,

            // Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
