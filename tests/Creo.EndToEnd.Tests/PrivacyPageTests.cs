using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class PrivacyPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_visitor_reads_the_policy_in_force_with_its_version_and_date()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/privacy");

        Assert.Equal(200, response!.Status);
        Assert.Equal("Privacy policy · Crëo", await page.TitleAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privacy policy", new() { UseInnerText = true });
        await Expect(page.GetByTestId("policy-version")).ToHaveTextAsync("1", new() { UseInnerText = true });
        await Expect(page.GetByTestId("policy-effective")).ToHaveTextAsync("January 1, 2026", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveCountAsync(13);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Purpose" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Withdraw consent" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "privacy-desktop");
    }

    [Fact]
    public async Task A_keyboard_user_can_skip_straight_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/privacy");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        Assert.True(await skip.EvaluateAsync<bool>("el => el === document.activeElement"));
        await Expect(skip).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task The_policy_reads_on_a_phone_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/privacy");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await BrowserApp.ScreenshotAsync(page, "privacy-phone");
    }

    [Fact]
    public async Task The_home_page_links_to_the_policy()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await Accessibility.AssertAtBothWidthsAsync(page, "home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();

        await page.WaitForURLAsync("**/privacy");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privacy policy", new() { UseInnerText = true });
    }
}
