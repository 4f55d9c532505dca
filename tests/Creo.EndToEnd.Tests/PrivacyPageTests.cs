using Microsoft.Playwright;

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
        Assert.Equal("Privacy policy", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal("1", await page.GetByTestId("policy-version").InnerTextAsync());
        Assert.Equal("January 1, 2026", await page.GetByTestId("policy-effective").InnerTextAsync());
        Assert.Equal(13, await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Columnheader, new() { Name = "Purpose" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Withdraw consent" }).IsVisibleAsync());
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
        Assert.True(await skip.IsVisibleAsync());

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

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();

        await page.WaitForURLAsync("**/privacy");
        Assert.Equal("Privacy policy", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "home");
    }
}
