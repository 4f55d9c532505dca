using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class GoogleSignInTests(BrowserAppWithGoogle browser) : IClassFixture<BrowserAppWithGoogle>
{
    [Fact]
    public async Task With_Google_configured_the_sign_in_page_offers_it_beside_the_email_form()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/signin");

        var google = page.GetByRole(AriaRole.Link, new() { Name = "Continue with Google" });
        await Expect(google).ToHaveAttributeAsync("href", "/api/auth/google/start");
        await Expect(page.GetByLabel("Email address")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "signin-google-desktop");
    }
}
