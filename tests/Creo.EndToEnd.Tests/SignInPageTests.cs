using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

public sealed class SignInPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Asking_for_a_link_shows_the_same_confirmation_whether_or_not_the_account_exists()
    {
        var existing = Person.NewEmail("grace");
        var known = await browser.NewPageAsync();
        await Person.SignInAsync(browser, known, existing);
        var stranger = Person.NewEmail("nobody");

        var first = await browser.NewPageAsync();
        await first.GotoAsync("/signin");
        await BrowserApp.ScreenshotAsync(first, "signin-desktop");
        await Person.AskForLinkAsync(first, existing);
        await BrowserApp.ScreenshotAsync(first, "signin-sent-desktop");
        var second = await browser.NewPageAsync();
        await Person.AskForLinkAsync(second, stranger);

        var forExisting = await first.GetByTestId("link-sent").InnerTextAsync();
        var forStranger = await second.GetByTestId("link-sent").InnerTextAsync();
        Assert.Contains(existing, forExisting);
        Assert.Equal(forExisting.Replace(existing, "…"), forStranger.Replace(stranger, "…"));
        Assert.Equal("Check your inbox · Crëo", await second.TitleAsync());
    }

    [Fact]
    public async Task A_sign_in_link_first_says_whose_account_it_opens_and_works_without_javascript()
    {
        var email = Person.NewEmail("linus");
        var page = await browser.NewPageAsync(javaScript: false);
        var complaints = Person.WatchConsole(page);
        await Person.AskForLinkAsync(page, email);

        await Person.OpenLinkAsync(browser, page, email);
        Assert.Equal("Sign in to Crëo as l…@example.com", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal("Sign in · Crëo", await page.TitleAsync());
        await BrowserApp.ScreenshotAsync(page, "signin-link-desktop");

        // Looking again (as a mail scanner's prefetch does) spends nothing; the button does.
        await page.ReloadAsync();
        await Person.PressSignInAsync(page);

        Assert.EndsWith("/onboarding", page.Url, StringComparison.Ordinal);
        Assert.Empty(complaints);
    }

    [Fact]
    public async Task A_keyboard_user_asks_for_a_link_without_a_mouse()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/signin");
        var email = page.GetByLabel("Email address");

        for (var presses = 0; presses < 10 && !await IsFocusedAsync(email); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await IsFocusedAsync(email), "Tab never reached the email field");
        await page.Keyboard.TypeAsync(Person.NewEmail("ada"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" })));
        await page.Keyboard.PressAsync("Enter");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" }).WaitForAsync();
    }

    [Fact]
    public async Task A_missing_address_is_explained_next_to_the_field_and_announced()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/signin");

        // The browser's own check would stop an empty form; the server must explain it as well.
        await page.Locator("form.form").EvaluateAsync("form => form.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        Assert.Contains("There is a problem", await alert.InnerTextAsync());
        var email = page.GetByLabel("Email address");
        Assert.Equal("true", await email.GetAttributeAsync("aria-invalid"));
        Assert.Contains("email-error", await email.GetAttributeAsync("aria-describedby"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#email-error").InnerTextAsync()));
        Assert.True(await IsFocusedAsync(email));
        Assert.StartsWith("Error:", await page.TitleAsync());
        await BrowserApp.ScreenshotAsync(page, "signin-error-desktop");
    }

    [Fact]
    public async Task Too_many_links_for_one_address_are_refused_in_words()
    {
        var page = await browser.NewPageAsync();
        var email = Person.NewEmail("eager");
        for (var i = 0; i < 5; i++)
        {
            await Person.AskForLinkAsync(page, email);
        }

        await page.GotoAsync("/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        Assert.Contains("Too many sign-in links", await alert.InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" }).CountAsync());
    }

    [Theory]
    [InlineData("google", "We couldn't sign you in with Google")]
    [InlineData("<script>alert(1)</script>", "Something went wrong while signing you in")]
    public async Task An_error_from_another_sign_in_step_reads_as_a_sentence(string code, string sentence)
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/signin?error=" + Uri.EscapeDataString(code));

        var alert = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        Assert.Contains(sentence, alert);
        Assert.DoesNotContain(code, alert);
    }

    [Fact]
    public async Task Without_Google_configured_only_the_email_form_is_offered()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/signin");

        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Continue with Google" }).CountAsync());
        Assert.True(await page.GetByLabel("Email address").IsVisibleAsync());
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_from_the_account_page_to_sign_in()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/account");

        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Sign in", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).IsVisibleAsync());
    }

    [Fact]
    public async Task The_sign_in_page_fits_a_phone_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/signin");
        Assert.False(await Person.ScrollsSidewaysAsync(page));
        await BrowserApp.ScreenshotAsync(page, "signin-phone");

        await Person.AskForLinkAsync(page, Person.NewEmail("a.rather.long.name.for.a.small.screen"));

        Assert.False(await Person.ScrollsSidewaysAsync(page));
        await BrowserApp.ScreenshotAsync(page, "signin-sent-phone");
    }

    private static Task<bool> IsFocusedAsync(ILocator locator) => locator.EvaluateAsync<bool>("el => el === document.activeElement");
}
