using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The billing page on the embedded default, where no payment provider is set up.</summary>
public sealed class BillingPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Without_Stripe_billing_says_to_ask_support_for_credits_offers_nothing_to_buy_and_the_rest_still_works()
    {
        var page = await Studio.NewPersonAsync(browser, "unbilled");
        var complaints = Person.WatchConsole(page);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Billing" }).ClickAsync();
        await page.WaitForURLAsync("**/billing");

        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Billing" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Billing", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ask support for credits" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("billing-off").GetByRole(AriaRole.Link, new() { Name = "virtuatechmedia@gmail.com" })).ToHaveAttributeAsync("href", "mailto:virtuatechmedia@gmail.com?subject=Credits");
        await Expect(page.GetByTestId("billing-off")).Not.ToContainTextAsync("not set up");
        await Expect(page.GetByTestId("billing-off")).ToContainTextAsync("Everything else works", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Buy" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Manage subscription" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".offers")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "billing-off-desktop");

        // The rest of the app: the studio prices and shows the balance, the credits page offers nothing to buy.
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the studio" }).ClickAsync();
        await page.WaitForURLAsync("**/studio");
        await page.GetByLabel("Prompt").FillAsync("A quiet harbour at dawn");
        Assert.Equal("2 credits", await Studio.SettledCostAsync(page));
        await Expect(Studio.Balance(page)).ToHaveTextAsync("50 credits", new() { UseInnerText = true });
        await page.GotoAsync("/credits");
        await Expect(page.GetByTestId("balance")).ToHaveTextAsync("50 credits", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Buy credits" })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("ask-support")).ToContainTextAsync("Ask support for credits", new() { UseInnerText = true });

        await page.SetViewportSizeAsync(375, 740);
        await page.GotoAsync("/billing");
        Assert.False(await Person.ScrollsSidewaysAsync(page), await Person.WiderThanTheWindowAsync(page));
        await BrowserApp.ScreenshotAsync(page, "billing-off-phone");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await BrowserApp.ScreenshotAsync(page, "billing-off-phone-dark");
        Assert.True(complaints.Count == 0, string.Join("\n", complaints));
    }

    [Fact]
    public async Task On_a_phone_the_signed_in_header_fits_every_link_on_screen_with_room_for_a_finger()
    {
        var page = await Studio.NewPersonAsync(browser, "header", width: 375, height: 740);

        foreach (var path in new[] { "/studio", "/billing", "/account" })
        {
            await page.GotoAsync(path);
            Assert.False(await Person.ScrollsSidewaysAsync(page), $"{path}: {await Person.WiderThanTheWindowAsync(page)}");
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await nav.Locator("summary").ClickAsync();   // on a phone the links are folded behind "Menu"
            foreach (var name in new[] { "Studio", "Gallery", "Credits", "Billing", "Privacy", "Account" })
            {
                await AssertFitsAsync(nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }), name);
            }

            await AssertFitsAsync(nav.GetByRole(AriaRole.Button, new() { Name = "Sign out" }), "Sign out");
        }

        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 150, $"The header is {header.Height}px tall on a phone.");
        await BrowserApp.ScreenshotAsync(page, "header-phone");
    }

    [Fact]
    public async Task Billing_needs_a_signed_in_and_onboarded_person()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/billing");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);

        await Person.SignInAsync(browser, page, Person.NewEmail("not-onboarded"));
        await page.GotoAsync("/billing");
        Assert.Equal("/onboarding", new Uri(page.Url).AbsolutePath);
    }

    private static async Task AssertFitsAsync(ILocator target, string name)
    {
        var box = await target.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"{name} sticks out: x {box.X}, width {box.Width}");
        Assert.True(box.Height >= 24 && box.Width >= 24, $"{name} is a small target: {box.Width} × {box.Height}");
    }
}
