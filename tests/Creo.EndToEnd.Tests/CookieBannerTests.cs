using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence;
using Creo.Testing;
using Creo.Web.Common;
using Creo.Web.Pages;
using Creo.Web.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Policy section 09, as a person meets it: the banner asks before any analytics cookie exists, declining is as easy
/// as accepting, and only an accepted banner brings the analytics cookie and counted page views.
/// </summary>
public sealed class CookieBannerTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string BannerName = "Cookies on Crëo";

    [Fact]
    public async Task Before_any_choice_the_banner_asks_and_declining_leaves_no_analytics_cookie()
    {
        var email = Person.NewEmail("decliner");
        var page = await browser.NewPageAsync();
        var complaints = Person.WatchConsole(page);
        await Person.SignInAsync(browser, page, email);
        await Person.OnboardAsync(page);

        var banner = Banner(page);
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("Essential cookies keep you signed in", new() { UseInnerText = true });
        await Expect(banner.GetByRole(AriaRole.Link, new() { Name = "How Crëo uses cookies" })).ToHaveAttributeAsync("href", CookieChoiceModel.PolicySection);
        Assert.Null(await AnalyticsCookieAsync(page));
        await BrowserApp.ScreenshotAsync(page, "cookie-banner-desktop");

        await banner.GetByRole(AriaRole.Button, new() { Name = "Decline analytics" }).ClickAsync();

        await banner.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Null(await AnalyticsCookieAsync(page));
        var decision = await AnalyticsDecisionAsync(email);
        Assert.Equal((false, "cookie-banner"), (decision.Granted, decision.Source));
        await page.ReloadAsync();
        await Expect(Banner(page)).ToHaveCountAsync(0);
        Assert.Empty(complaints);
    }

    [Fact]
    public async Task Accepting_sets_the_analytics_cookie_page_views_are_counted_and_signing_out_clears_it()
    {
        var email = Person.NewEmail("accepter");
        var page = await browser.NewPageAsync();
        var complaints = Person.WatchConsole(page);
        await Person.SignInAsync(browser, page, email);
        await Person.OnboardAsync(page);
        var studioViews = await ViewsAsync("/studio");
        var galleryViews = await ViewsAsync("/gallery");

        await Banner(page).GetByRole(AriaRole.Button, new() { Name = "Accept analytics" }).ClickAsync();

        await Banner(page).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var cookie = await AnalyticsCookieAsync(page);
        Assert.NotNull(cookie);
        Assert.Equal(AnalyticsCookie.Value, cookie.Value);
        Assert.True((await AnalyticsDecisionAsync(email)).Granted);
        await Eventually.UntilAsync(() => ViewsAsync("/studio"), views => views == studioViews + 1, views => $"The studio has {views} views, expected {studioViews + 1}.");

        await page.GotoAsync("/gallery");

        await Eventually.UntilAsync(() => ViewsAsync("/gallery"), views => views == galleryViews + 1, views => $"The gallery has {views} views, expected {galleryViews + 1}.");
        await Expect(Banner(page)).ToHaveCountAsync(0);
        foreach (var jarCookie in await page.Context.CookiesAsync())
        {
            Assert.True(CookieCatalog.Find(jarCookie.Name) is not null, $"{jarCookie.Name} is not in the cookie catalog");
            Assert.Equal(browser.BaseAddress.Host, jarCookie.Domain);
        }

        // Signing out takes the analytics cookie along, so the next person on this browser starts without it.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(browser.BaseAddress, "/signin?signedout=1").ToString());
        Assert.Null(await AnalyticsCookieAsync(page));
        Assert.Empty(complaints);
    }

    [Fact]
    public async Task A_keyboard_user_answers_the_banner_without_a_mouse()
    {
        var page = await Studio.NewPersonAsync(browser, "keyboard-cookies");
        var banner = Banner(page);
        var accept = banner.GetByRole(AriaRole.Button, new() { Name = "Accept analytics" });
        var decline = banner.GetByRole(AriaRole.Button, new() { Name = "Decline analytics" });
        await page.ReloadAsync();

        Assert.True(await TabUntilFocusedAsync(page, accept, 20), "Tab never reached Accept analytics");
        Assert.True(await HasVisibleFocusAsync(accept));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(decline));
        Assert.True(await HasVisibleFocusAsync(decline));
        await page.Keyboard.PressAsync("Enter");

        await banner.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Null(await AnalyticsCookieAsync(page));
    }

    [Fact]
    public async Task Without_scripts_the_banner_is_a_plain_form_that_comes_back_to_the_page()
    {
        var page = await Studio.NewPersonAsync(browser, "no-scripts", javaScript: false);
        await page.GotoAsync("/credits");

        await Banner(page).GetByRole(AriaRole.Button, new() { Name = "Accept analytics" }).ClickAsync();

        await page.WaitForURLAsync("**/credits");
        await Expect(Banner(page)).ToHaveCountAsync(0);
        Assert.NotNull(await AnalyticsCookieAsync(page));
    }

    [Fact]
    public async Task The_banner_fits_a_phone_screen()
    {
        var page = await Studio.NewPersonAsync(browser, "phone-cookies", width: 375, height: 740);

        var banner = Banner(page);
        await Expect(banner).ToBeVisibleAsync();
        Assert.False(await Person.ScrollsSidewaysAsync(page), await Person.WiderThanTheWindowAsync(page));
        foreach (var name in new[] { "Accept analytics", "Decline analytics" })
        {
            var box = await banner.GetByRole(AriaRole.Button, new() { Name = name }).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Height >= 44, $"{name} is {box.Height}px tall; fingers need 44");
            Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"{name} sticks out of the screen");
        }

        await BrowserApp.ScreenshotAsync(page, "cookie-banner-phone");
    }

    private static ILocator Banner(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = BannerName });

    private static async Task<BrowserContextCookiesResult?> AnalyticsCookieAsync(IPage page) =>
        (await page.Context.CookiesAsync()).SingleOrDefault(c => c.Name == AnalyticsCookie.Name);

    private async Task<long> ViewsAsync(string pagePath)
    {
        var today = DateOnly.FromDateTime(browser.App.Clock.GetUtcNow().UtcDateTime);
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
        return await db.DailyPageViews.Where(v => v.Day == today && v.Page == pagePath).Select(v => v.Views).SingleOrDefaultAsync();
    }

    private async Task<ConsentRecord> AnalyticsDecisionAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var records = await db.ConsentRecords.Where(c => c.UserId == userId && c.Purpose == ConsentPurpose.Analytics).ToListAsync();
        return records.OrderBy(c => c.Id).Last();
    }

    private static async Task<bool> TabUntilFocusedAsync(IPage page, ILocator target, int limit)
    {
        for (var presses = 0; presses < limit; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await IsFocusedAsync(target))
            {
                return true;
            }
        }

        return false;
    }

    private static Task<bool> IsFocusedAsync(ILocator locator) => locator.EvaluateAsync<bool>("el => el === document.activeElement");

    /// <summary>Whether the focused element shows it, with an outline of its own.</summary>
    private static Task<bool> HasVisibleFocusAsync(ILocator locator) =>
        locator.EvaluateAsync<bool>("el => { const style = getComputedStyle(el); return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2; }");
}
