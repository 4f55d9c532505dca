using Creo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>No dead ends: what a browser meets when something goes wrong is a page of the site, with a way on.</summary>
public sealed class ErrorPageTests(BrowserAppThatFails browser) : IClassFixture<BrowserAppThatFails>
{
    [Fact]
    public async Task An_unknown_address_is_a_page_with_a_way_home()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We can't find that page", new() { UseInnerText = true });
        Assert.Equal("Page not found · Crëo", await page.TitleAsync());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Accessibility.AssertAtBothWidthsAsync(page, "error-404");
        await page.GetByRole(AriaRole.Link, new() { Name = "Crëo home page" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(browser.BaseAddress, "/").ToString());
    }

    [Fact]
    public async Task A_page_someone_may_not_open_says_so_and_leads_back_to_the_studio()
    {
        var page = await Studio.NewPersonAsync(browser, "not-staff");

        var response = await page.GotoAsync("/admin");

        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You can't open this page", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Go to the studio" })).ToHaveAttributeAsync("href", "/studio");
        await Accessibility.AssertAtBothWidthsAsync(page, "error-403");
    }

    [Fact]
    public async Task A_failure_of_ours_is_a_page_that_shows_no_internals()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync(BrowserAppThatFails.CrashPath);

        Assert.Equal(500, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Something went wrong on our side", new() { UseInnerText = true });
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("secret-connection-string", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        await Accessibility.AssertAtBothWidthsAsync(page, "error-500");
    }

    [Fact]
    public async Task A_used_sign_in_link_says_so_and_sends_a_new_one_without_javascript()
    {
        var email = Person.NewEmail("used-link");
        var page = await browser.NewPageAsync(javaScript: false);
        await Person.SignInAsync(browser, page, email);
        var stranger = await browser.NewPageAsync(javaScript: false);

        var response = await stranger.GotoAsync(Mailbox.LatestSignInLink(browser.DataDirectory, email));

        Assert.Equal(400, response!.Status);
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This link was already used or has expired", new() { UseInnerText = true });
        await Expect(stranger.GetByRole(AriaRole.Alert)).ToContainTextAsync("Send a new one", new() { UseInnerText = true });
        // axe runs as a script, so the scan reads the same refusal in a page that has JavaScript.
        var scanned = await browser.NewPageAsync();
        await scanned.GotoAsync(Mailbox.LatestSignInLink(browser.DataDirectory, email));
        await Expect(scanned.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This link was already used or has expired", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(scanned, "signin-link-used");
        await stranger.GetByLabel("Email address").FillAsync(email);
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Send a new link" }).ClickAsync();
        await Expect(stranger.GetByTestId("link-sent")).ToContainTextAsync(email, new() { UseInnerText = true });
    }

    [Fact]
    public async Task A_link_spent_while_its_page_was_open_shows_the_same_page_instead_of_json()
    {
        var email = Person.NewEmail("spent-meanwhile");
        var page = await browser.NewPageAsync();
        await Person.AskForLinkAsync(page, email);
        await Person.OpenLinkAsync(browser, page, email);
        var other = await browser.NewPageAsync();
        await Person.OpenLinkAsync(browser, other, email);
        await Person.PressSignInAsync(other);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This link was already used or has expired", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send a new link" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_lands_on_a_page_that_says_so()
    {
        var page = await Studio.NewPersonAsync(browser, "signing-out");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You are signed out. See you soon.", new() { UseInnerText = true });
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await Accessibility.AssertAtBothWidthsAsync(page, "signed-out");
    }
}

/// <summary>Past a rate limit a browser gets a page that says when to try again, not a 429 problem document.</summary>
public sealed class TooManyRequestsPageTests(BrowserAppWithOneSignInPress browser) : IClassFixture<BrowserAppWithOneSignInPress>
{
    [Fact]
    public async Task Too_many_sign_in_presses_show_a_page_that_says_when_to_try_again()
    {
        await Person.SignInAsync(browser, await browser.NewPageAsync(), Person.NewEmail("first-press"));
        var email = Person.NewEmail("impatient");
        var page = await browser.NewPageAsync();
        await Person.AskForLinkAsync(page, email);
        await Person.OpenLinkAsync(browser, page, email);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/api/auth/email/verify", StringComparison.Ordinal));

        Assert.Equal(429, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Too many attempts", new() { UseInnerText = true });
        await Expect(page.GetByTestId("retry-after")).ToHaveTextAsync("Try again in about 10 minutes.", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(page, "error-429");
    }
}
