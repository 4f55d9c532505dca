using Creo.Testing;
using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

/// <summary>What a person does with a browser to get into Crëo: ask for a link, open it from the mail, press its button, onboard.</summary>
public static class Person
{
    /// <summary>An address no other test uses, so each test meets a fresh account.</summary>
    public static string NewEmail(string name) => $"{name}.{Guid.NewGuid().ToString("N")[..8]}@example.com";

    public static async Task AskForLinkAsync(IPage page, string email)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" }).WaitForAsync();
    }

    /// <summary>Asks for a link, opens it and presses its page's button; the browser then stands wherever signing in lands.</summary>
    public static async Task SignInAsync(BrowserApp browser, IPage page, string email)
    {
        await AskForLinkAsync(page, email);
        await OpenLinkAsync(browser, page, email);
        await PressSignInAsync(page);
    }

    /// <summary>Opens the newest sign-in link mailed to <paramref name="email"/>: a page that asks first and spends nothing.</summary>
    public static async Task OpenLinkAsync(BrowserApp browser, IPage page, string email)
    {
        await page.GotoAsync(Mailbox.LatestSignInLink(browser.DataDirectory, email));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Crëo as" }).WaitForAsync();
    }

    /// <summary>Presses the link page's one button and waits until the browser has left the page.</summary>
    public static async Task PressSignInAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/api/auth/email/verify", StringComparison.Ordinal));
    }

    public static async Task OnboardAsync(IPage page)
    {
        await page.GetByLabel("I am 16 or older").CheckAsync();
        await page.GetByLabel("I have read and accept the privacy policy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to the studio" }).ClickAsync();
        await page.WaitForURLAsync("**/studio");
    }

    /// <summary>
    /// Collects what the browser complains about from now on: a Content-Security-Policy violation (an inline
    /// style or script slipping into a page) shows up here as a console error.
    /// </summary>
    public static List<string> WatchConsole(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        return errors;
    }

    /// <summary>Whether the page is wider than the window, i.e. whether a phone would scroll sideways.</summary>
    /// <summary>
    /// Waits until the page looks finished to a person: its heading is shown, nothing is marked busy (the live price,
    /// a running generation's status) and every image on it has arrived (lazy ones load as they scroll in). The state a screenshot or a layout check needs.
    /// </summary>
    public static async Task SettledAsync(IPage page)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('[aria-busy=\"true\"]') && [...document.images].every(image => image.complete || image.loading === 'lazy')");
    }

    public static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

    /// <summary>The elements that stick out past the window's right edge, to say what makes a page scroll sideways.</summary>
    public static async Task<string> WiderThanTheWindowAsync(IPage page) =>
        string.Join(", ", await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 8)
              .map(el => `${el.tagName.toLowerCase()}.${el.className}#${el.id} (${Math.round(el.getBoundingClientRect().right)}px)`)
            """));
}
