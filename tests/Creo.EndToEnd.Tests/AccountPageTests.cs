using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class AccountPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task A_person_ends_their_session_on_another_device_which_is_then_sent_back_to_sign_in()
    {
        var email = Person.NewEmail("ada");
        var laptop = await browser.NewPageAsync();
        var complaints = Person.WatchConsole(laptop);
        await Person.SignInAsync(browser, laptop, email);
        Assert.Equal("/onboarding", new Uri(laptop.Url).AbsolutePath);
        await Person.OnboardAsync(laptop);

        browser.App.Clock.Advance(TimeSpan.FromMinutes(1));
        var phone = await browser.NewPageAsync(userAgent: Phone);
        await Person.SignInAsync(browser, phone, email);
        Assert.Equal("/studio", new Uri(phone.Url).AbsolutePath);

        await laptop.GotoAsync("/account");
        var sessions = laptop.GetByTestId("sessions").Locator("tbody tr");
        await Expect(sessions).ToHaveCountAsync(2);
        var here = sessions.Filter(new() { HasText = "This device" });
        await Expect(here).ToContainTextAsync("Headless Chrome", new() { UseInnerText = true });
        var other = sessions.Filter(new() { HasText = "Safari on iPhone" });
        await Expect(other.GetByText("This device")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(laptop, "account-two-sessions-desktop");

        browser.App.Clock.Advance(TimeSpan.FromMinutes(1));
        await other.GetByRole(AriaRole.Button, new() { Name = "End session on Safari on iPhone" }).ClickAsync();

        await Expect(laptop.GetByRole(AriaRole.Status)).ToHaveTextAsync("The session has ended. That device is signed out.", new() { UseInnerText = true });
        await Expect(sessions).ToHaveCountAsync(1);
        var newest = laptop.GetByTestId("security-log").Locator("tbody tr").First;
        await Expect(newest).ToContainTextAsync("Session ended", new() { UseInnerText = true });
        await Expect(newest).ToContainTextAsync("Ended the session of Safari on iPhone.", new() { UseInnerText = true });
        await Expect(laptop.GetByTestId("security-log").GetByRole(AriaRole.Rowheader, new() { Name = "New device" })).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(laptop, "account-desktop");
        Assert.Empty(complaints);

        await phone.GotoAsync("/account");

        Assert.Equal("/signin", new Uri(phone.Url).AbsolutePath);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in", new() { UseInnerText = true });
    }

    [Fact]
    public async Task The_account_shows_the_profile_and_a_security_log_newest_first_with_readable_times()
    {
        var email = Person.NewEmail("grace");
        var page = await SignedInAsync(email);

        await Expect(page.GetByTestId("profile-email")).ToHaveTextAsync(email, new() { UseInnerText = true });
        await Expect(page.GetByText("Email link")).ToBeVisibleAsync();
        var rows = page.GetByTestId("security-log").Locator("tbody tr");
        await Expect(rows.First).ToContainTextAsync("Signed in", new() { UseInnerText = true });
        var when = rows.First.Locator("time");
        await Expect(when).ToHaveAttributeAsync("datetime", new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"));
        await Expect(when).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$"), new() { UseInnerText = true });
        await Expect(page.GetByTestId("security-log").GetByRole(AriaRole.Columnheader, new() { Name = "When (UTC)" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_person_corrects_their_name()
    {
        var page = await SignedInAsync(Person.NewEmail("typo"));
        browser.App.Clock.Advance(TimeSpan.FromMinutes(1));

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Ada Lovelace");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your name is saved.", new() { UseInnerText = true });
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Ada Lovelace");
        await Expect(page.GetByTestId("security-log").Locator("tbody tr").First).ToContainTextAsync("Profile changed", new() { UseInnerText = true });
    }

    [Fact]
    public async Task A_blank_name_is_refused_next_to_the_field()
    {
        var page = await SignedInAsync(Person.NewEmail("blank"));
        var name = page.GetByLabel("Name", new() { Exact = true });

        await name.FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Name is required.", new() { UseInnerText = true });
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("name-error", await name.GetAttributeAsync("aria-describedby"));
    }

    [Fact]
    public async Task Signing_out_from_the_header_ends_the_session()
    {
        var page = await SignedInAsync(Person.NewEmail("leaving"));
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Account" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToHaveCountAsync(0);

        await nav.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You are signed out. See you soon.", new() { UseInnerText = true });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/account");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Following_a_link_to_sign_out_asks_first()
    {
        var page = await SignedInAsync(Person.NewEmail("asked"));

        await page.GotoAsync("/signout");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign out of Crëo?", new() { UseInnerText = true });
        await BrowserApp.ScreenshotAsync(page, "signout-desktop");
        await page.GotoAsync("/account");
        Assert.Equal("/account", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Everything_works_with_JavaScript_turned_off()
    {
        var page = await browser.NewPageAsync(javaScript: false);

        await Person.SignInAsync(browser, page, Person.NewEmail("noscript"));
        await Person.OnboardAsync(page);
        await page.GotoAsync("/account");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Margaret Hamilton");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your name is saved.", new() { UseInnerText = true });
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_account_page_fits_a_phone_in_light_and_dark()
    {
        var email = Person.NewEmail("a.long.address.that.must.wrap");
        var light = await SignedInAsync(email, width: 375, height: 740);
        var dark = await browser.NewPageAsync(width: 375, height: 740, userAgent: Phone, colorScheme: ColorScheme.Dark);
        await Person.SignInAsync(browser, dark, email);
        await dark.GotoAsync("/account");

        await light.ReloadAsync();
        Assert.False(await Person.ScrollsSidewaysAsync(light));
        Assert.False(await Person.ScrollsSidewaysAsync(dark));
        await BrowserApp.ScreenshotAsync(light, "account-phone");
        await BrowserApp.ScreenshotAsync(dark, "account-phone-dark");
    }

    [Fact]
    public async Task The_account_page_reads_in_dark_mode_on_a_desktop()
    {
        var page = await browser.NewPageAsync(colorScheme: ColorScheme.Dark);
        await Person.SignInAsync(browser, page, Person.NewEmail("night"));
        await BrowserApp.ScreenshotAsync(page, "onboarding-desktop-dark");
        await Person.OnboardAsync(page);
        await page.GotoAsync("/account");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account", new() { UseInnerText = true });
        await BrowserApp.ScreenshotAsync(page, "account-desktop-dark");
    }

    private async Task<IPage> SignedInAsync(string email, int width = 1280, int height = 900)
    {
        var page = await browser.NewPageAsync(width, height);
        await Person.SignInAsync(browser, page, email);
        await Person.OnboardAsync(page);
        await page.GotoAsync("/account");
        return page;
    }
}
