using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The privacy center as a person uses it: choices, a request, deleting the account and keeping it after all.</summary>
public sealed class PrivacyCenterPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_person_sets_choices_sends_a_request_asks_for_deletion_and_keeps_the_account_by_signing_in_again()
    {
        var email = Person.NewEmail("ada");
        var page = await browser.NewPageAsync();
        var complaints = Person.WatchConsole(page);
        await Person.SignInAsync(browser, page, email);
        await Person.OnboardAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();
        await page.WaitForURLAsync("**/privacy/center");
        await Expect(page.GetByLabel("Anonymised usage analytics")).Not.ToBeCheckedAsync();
        await page.GetByLabel("Product emails").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your choices are saved.", new() { UseInnerText = true });
        await Expect(page.GetByLabel("Product emails")).ToBeCheckedAsync();

        await page.GetByLabel("What would you like?").SelectOptionAsync("access");
        await page.GetByLabel("Details (optional)").FillAsync("A copy of everything, please.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        var request = page.GetByTestId("privacy-requests").Locator("tbody tr").First;
        await Expect(request).ToContainTextAsync("Access", new() { UseInnerText = true });
        await Expect(request).ToContainTextAsync(browser.App.Clock.GetUtcNow().AddDays(30).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), new() { UseInnerText = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare a copy of my data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We are preparing your copy", new() { UseInnerText = true });
        var download = page.GetByTestId("exports").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download") });
        await download.WaitForAsync(new() { Timeout = 30_000 });
        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        Assert.Matches(@"^creo-export-\d{4}-\d{2}-\d{2}\.zip$", file.SuggestedFilename);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(await file.PathAsync()))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "index.html");
            Assert.Contains(zip.Entries, e => e.FullName == "privacy/requests.json");
        }

        // Back to the page afresh: a link that turned into a download can leave the tab mid-navigation, and the
        // steps below (a refused form, then the real deletion) must start from a page that has settled.
        await page.GotoAsync("/privacy/center");
        await Expect(page.GetByTestId("exports").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download") })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "privacy-center-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tick the box to confirm", new() { UseInnerText = true });
        await page.GetByLabel("I understand that my account and everything in it will be erased.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();

        await page.WaitForURLAsync("**/signin?deletion=*");
        var erasedOn = browser.App.Clock.GetUtcNow().AddDays(14).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("deletion-scheduled")).ToContainTextAsync(erasedOn, new() { UseInnerText = true });
        await page.GotoAsync("/studio");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);

        await Person.SignInAsync(browser, page, email);
        await page.GotoAsync("/privacy/center");
        var scheduled = browser.App.Clock.GetUtcNow().AddDays(14).ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("deletion-pending")).ToContainTextAsync(scheduled, new() { UseInnerText = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep my account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your account is kept. Nothing will be deleted.", new() { UseInnerText = true });
        await Expect(page.GetByTestId("deletion-pending")).ToHaveCountAsync(0);

        // The refused form answered 400 (the browser notes that); nothing else may complain, a CSP violation least of all.
        Assert.DoesNotContain(complaints, c => !c.StartsWith("Failed to load resource: the server responded with a status of 400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_privacy_center_works_by_keyboard_and_on_a_phone_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await Person.SignInAsync(browser, page, Person.NewEmail("grace"));
        await Person.OnboardAsync(page);
        await page.GotoAsync("/privacy/center");

        await page.GetByLabel("Anonymised usage analytics").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Save my choices", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/privacy/center?done=consents-saved*");

        await Expect(page.GetByLabel("Anonymised usage analytics")).ToBeCheckedAsync();
        Assert.False(await Person.ScrollsSidewaysAsync(page), await Person.WiderThanTheWindowAsync(page));
        await BrowserApp.ScreenshotAsync(page, "privacy-center-phone");
    }
}
