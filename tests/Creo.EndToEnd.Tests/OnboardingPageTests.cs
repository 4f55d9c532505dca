using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

public sealed class OnboardingPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_new_person_lands_on_onboarding_and_reaches_the_studio_after_accepting()
    {
        var page = await browser.NewPageAsync();

        await Person.SignInAsync(browser, page, Person.NewEmail("ada"));

        Assert.Equal("/onboarding", new Uri(page.Url).AbsolutePath);
        Assert.Equal("1", await page.GetByTestId("onboarding-policy-version").InnerTextAsync());
        Assert.Equal("/privacy", await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "privacy policy", Exact = true }).GetAttributeAsync("href"));
        await BrowserApp.ScreenshotAsync(page, "onboarding-desktop");

        await Person.OnboardAsync(page);

        Assert.Equal("Studio", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await page.GotoAsync("/account");
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "Finish setting up your account" }).CountAsync());
    }

    [Fact]
    public async Task Onboarding_without_the_boxes_ticked_says_what_is_missing()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("hasty"));

        await page.Locator("form.form").EvaluateAsync("form => form.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to the studio" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        Assert.Contains("16 or older", await alert.InnerTextAsync());
        Assert.Contains("accept the privacy policy", await alert.InnerTextAsync());
        Assert.Equal("true", await page.GetByLabel("I am 16 or older").GetAttributeAsync("aria-invalid"));
        Assert.Equal("true", await page.GetByLabel("I have read and accept the privacy policy").GetAttributeAsync("aria-invalid"));
        Assert.Equal("/onboarding", new Uri(page.Url).AbsolutePath);
        await BrowserApp.ScreenshotAsync(page, "onboarding-errors-desktop");

        await Person.OnboardAsync(page);
    }

    [Fact]
    public async Task Until_onboarded_the_account_page_asks_to_finish_setting_up()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("later"));

        await page.GotoAsync("/account");

        var notice = page.GetByRole(AriaRole.Region, new() { Name = "Finish setting up your account" });
        await BrowserApp.ScreenshotAsync(page, "account-not-onboarded-desktop");
        await notice.GetByRole(AriaRole.Link, new() { Name = "Finish setting up" }).ClickAsync();
        await page.WaitForURLAsync("**/onboarding");
    }

    [Fact]
    public async Task An_onboarded_person_is_sent_on_from_onboarding_to_the_studio()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("done"));
        await Person.OnboardAsync(page);

        await page.GotoAsync("/onboarding");

        Assert.Equal("/studio", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Onboarding_fits_a_phone_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await Person.SignInAsync(browser, page, Person.NewEmail("pocket"));

        Assert.False(await Person.ScrollsSidewaysAsync(page));
        await BrowserApp.ScreenshotAsync(page, "onboarding-phone");
    }
}
