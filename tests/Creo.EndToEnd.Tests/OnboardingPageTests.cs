using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class OnboardingPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_new_person_lands_on_onboarding_and_reaches_the_studio_after_accepting()
    {
        var page = await browser.NewPageAsync();

        await Person.SignInAsync(browser, page, Person.NewEmail("ada"));

        Assert.Equal("/onboarding", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByTestId("onboarding-policy-version")).ToHaveTextAsync("1", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "privacy policy", Exact = true })).ToHaveAttributeAsync("href", "/privacy");
        await BrowserApp.ScreenshotAsync(page, "onboarding-desktop");

        await Person.OnboardAsync(page);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Studio", new() { UseInnerText = true });
        await page.GotoAsync("/account");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Finish setting up your account" })).ToHaveCountAsync(0);
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
        await Expect(alert).ToContainTextAsync("16 or older", new() { UseInnerText = true });
        await Expect(alert).ToContainTextAsync("accept the privacy policy", new() { UseInnerText = true });
        await Expect(page.GetByLabel("I am 16 or older")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("I have read and accept the privacy policy")).ToHaveAttributeAsync("aria-invalid", "true");
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
