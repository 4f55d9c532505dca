using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

public sealed class GoogleSignInTests(BrowserAppWithGoogle browser) : IClassFixture<BrowserAppWithGoogle>
{
    [Fact]
    public async Task With_Google_configured_the_sign_in_page_offers_it_beside_the_email_form()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/signin");

        var google = page.GetByRole(AriaRole.Link, new() { Name = "Continue with Google" });
        Assert.Equal("/api/auth/google/start", await google.GetAttributeAsync("href"));
        Assert.True(await page.GetByLabel("Email address").IsVisibleAsync());
        await BrowserApp.ScreenshotAsync(page, "signin-google-desktop");
    }
}
