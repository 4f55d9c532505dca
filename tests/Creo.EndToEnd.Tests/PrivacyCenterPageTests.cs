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
        await page.GetByLabel("Anonymised usage analytics").CheckAsync();
        await page.GetByLabel("Product emails").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your choices are saved.", new() { UseInnerText = true });
        await Expect(page.GetByLabel("Product emails")).ToBeCheckedAsync();

        // A request with no right chosen (the browser's own check taken away, as an older browser would not make it)
        // is refused in the words of the list, not in the API's machine names.
        await page.EvaluateAsync("() => document.getElementById('request-type').removeAttribute('required')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose what you would like: Access, Correct, Delete, Port, Object or withdraw consent.", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Alert)).Not.ToContainTextAsync("Choose one of", new() { UseInnerText = true });
        await Expect(page.GetByLabel("Anonymised usage analytics")).ToBeCheckedAsync();
        await Accessibility.AssertAtBothWidthsAsync(page, "privacy-center-request-refused");

        await page.GetByLabel("What would you like?").SelectOptionAsync("access");
        await page.GetByLabel("Details (optional)").FillAsync("A copy of everything, please.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        var request = page.GetByTestId("privacy-requests").Locator("tbody tr").First;
        await Expect(request).ToContainTextAsync("Access", new() { UseInnerText = true });
        await Expect(request).ToContainTextAsync(browser.App.Clock.GetUtcNow().AddDays(30).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), new() { UseInnerText = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare a copy of my data" }).ClickAsync();
        var download = page.GetByTestId("exports").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download") });
        await download.WaitForAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("We are preparing your copy")).ToHaveCountAsync(0);
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
        await Expect(page.GetByLabel("Anonymised usage analytics")).ToBeCheckedAsync();
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
        await Expect(page.GetByLabel("Anonymised usage analytics")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Product emails")).ToBeCheckedAsync();
        await Accessibility.AssertAtBothWidthsAsync(page, "privacy-center");

        // The refused form answered 400 (the browser notes that); nothing else may complain, a CSP violation least of all.
        Assert.DoesNotContain(complaints, c => !c.StartsWith("Failed to load resource: the server responded with a status of 400", StringComparison.Ordinal));
    }

    /// <summary>
    /// The export's <c>index.html</c>, opened from the unzipped folder as a person would: a readable document with their
    /// picture captioned by its prompt, in which a prompt written as markup is shown as text and runs nothing.
    /// </summary>
    [Fact]
    public async Task The_exported_index_reads_as_a_document_and_a_prompt_with_markup_stays_text()
    {
        const string prompt = "a lighthouse at dusk <script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("mary"));
        await Person.OnboardAsync(page);
        var status = await page.EvaluateAsync<int>(
            """
            async (prompt) => {
              const token = (await (await fetch('/api/auth/csrf')).json()).token;
              const response = await fetch('/api/generations', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
                body: JSON.stringify({ modelId: 'local-sketch', prompt, parameters: { width: 256, height: 256 } }),
              });
              return response.status;
            }
            """,
            prompt);
        Assert.Equal(202, status);
        await Studio.WaitUntilAllFinishedAsync(page);

        await page.GotoAsync("/privacy/center");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare a copy of my data" }).ClickAsync();
        var download = page.GetByTestId("exports").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download") });
        await download.WaitForAsync(new() { Timeout = 30_000 });

        // The address the form led to, loaded again without the page's script: the copy is ready, and the page says so.
        await page.GotoAsync("/privacy/center?done=export-requested");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your copy is ready: download it below.", new() { UseInnerText = true });
        await Expect(page.GetByText("We are preparing your copy")).ToHaveCountAsync(0);
        var file = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("exports").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download") }).ClickAsync());
        var folder = Directory.CreateTempSubdirectory("creo-export-").FullName;
        System.IO.Compression.ZipFile.ExtractToDirectory(await file.PathAsync(), folder);

        var index = await browser.NewPageAsync();
        var dialogs = new List<string>();
        index.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        await index.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri);
        await Expect(index.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your Crëo data");
        var picture = index.Locator("#generations figure").First;
        await Expect(picture.Locator("figcaption .prompt")).ToHaveTextAsync(prompt);
        await Expect(picture.Locator("img")).ToHaveJSPropertyAsync("naturalWidth", 256);
        await Expect(index.GetByRole(AriaRole.Heading, new() { Name = "All the data, table by table" })).ToBeVisibleAsync();
        await Accessibility.AssertAtBothWidthsAsync(index, "data-export-index");

        Assert.True(await index.EvaluateAsync<bool>("() => window.pwned === undefined"), "A prompt's markup ran in the exported page.");
        Assert.Empty(dialogs);
        Directory.Delete(folder, recursive: true);
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
