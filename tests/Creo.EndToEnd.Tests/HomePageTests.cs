using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The front door shows what Crëo makes and one clear way in.</summary>
public sealed class HomePageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_home_page_shows_pictures_the_shipped_models_made_with_their_prompts()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");

        var pictures = page.Locator(".showcase-item img");
        await Expect(pictures).ToHaveCountAsync(4);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.showcase-item img')].every(image => image.complete && image.naturalWidth > 0)");
        await Expect(page.Locator(".showcase-item figcaption q").First).ToHaveTextAsync("Green tea terraces in the mountains at dawn, watercolour", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(page, "home-showcase");
    }

    [Fact]
    public async Task Without_a_video_model_the_home_page_promises_images_only()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Make images with the models you choose.", new() { UseInnerText = true });
        Assert.DoesNotContain("video", await page.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Start_creating_leads_to_sign_in()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Start creating" }).ClickAsync();

        await page.WaitForURLAsync("**/signin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in", new() { UseInnerText = true });
    }

    [Fact]
    public async Task On_a_phone_the_app_menu_is_folded_and_opens_from_the_keyboard()
    {
        var page = await Studio.NewPersonAsync(browser, "phone-menu", width: Accessibility.PhoneWidth, height: Accessibility.PhoneHeight);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var menu = nav.Locator("details.nav-menu");
        var studio = nav.GetByRole(AriaRole.Link, new() { Name = "Gallery", Exact = true });
        await Expect(studio).ToBeHiddenAsync();

        await nav.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(menu).ToHaveAttributeAsync("open", "");
        await Expect(studio).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Studio", Exact = true })).ToBeFocusedAsync();
        await BrowserApp.ScreenshotAsync(page, "menu-open-phone");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(studio).ToBeHiddenAsync();
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 80, $"The folded header is {header.Height}px tall on a phone.");
    }

    [Fact]
    public async Task On_a_desktop_the_app_menu_shows_every_link_without_a_toggle()
    {
        var page = await Studio.NewPersonAsync(browser, "desktop-menu");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await Expect(nav.Locator("summary")).ToBeHiddenAsync();
        foreach (var name in new[] { "Studio", "Gallery", "Credits", "Billing", "Privacy", "Account" })
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Until_onboarding_is_done_the_app_menu_is_not_offered()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("not-yet"));
        Assert.Equal("/onboarding", new Uri(page.Url).AbsolutePath);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Studio", Exact = true })).ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Gallery", Exact = true })).ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Accessibility.AssertAtBothWidthsAsync(page, "onboarding-no-menu");

        await Person.OnboardAsync(page);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Studio", Exact = true })).ToBeVisibleAsync();
    }
}
