using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Every page of Crëo, as a visitor, a person and an admin meet it, passes an axe scan and reads at a desktop and a
/// phone width without sideways scrolling; the screenshots are kept. Pages with a journey of their own are scanned in
/// their journey too (error pages, studio result, gallery, credits, privacy center, staff confirmations).
/// </summary>
public sealed class EveryPageTests(BrowserAppWithStaff browser) : IClassFixture<BrowserAppWithStaff>
{
    [Fact]
    public async Task The_pages_a_visitor_meets_pass_axe_at_both_widths()
    {
        var page = await browser.NewPageAsync();
        await ScanAsync(page, "/signin", "Sign in", "page-signin");
        await ScanAsync(page, "/privacy", "Privacy policy", "page-privacy");

        var email = Person.NewEmail("sweep-visitor");
        await Person.AskForLinkAsync(page, email);
        await Person.OpenLinkAsync(browser, page, email);
        await Accessibility.AssertAtBothWidthsAsync(page, "page-signin-link");
    }

    [Fact]
    public async Task The_pages_of_a_signed_in_person_pass_axe_at_both_widths()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("sweep-person"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertAtBothWidthsAsync(page, "page-onboarding");
        await Person.OnboardAsync(page);

        await ScanAsync(page, "/studio", "Studio", "page-studio-empty");
        await ScanAsync(page, "/gallery", "Gallery", "page-gallery-empty");
        await ScanAsync(page, "/account", "Your account", "page-account");
        await ScanAsync(page, "/billing", null, "page-billing");
        await ScanAsync(page, "/credits", "Credits", "page-credits-new");
        await ScanAsync(page, "/privacy/center", "Privacy center", "page-privacy-center");

        var ids = await Studio.SubmitThroughApiAsync(page, 1);
        await Studio.WaitUntilAllFinishedAsync(page);
        await ScanAsync(page, $"/generations/{ids[0]}/delete", null, "page-delete-confirm");
    }

    [Fact]
    public async Task The_staff_pages_pass_axe_at_both_widths()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, BrowserAppWithStaff.AdminEmail);
        await Person.OnboardAsync(page);

        await ScanAsync(page, "/admin", null, "page-admin");
        await ScanAsync(page, "/admin/requests", null, "page-admin-requests");
        await ScanAsync(page, "/admin/breaches", null, "page-admin-breaches");
    }

    [Fact]
    public async Task A_person_goes_from_the_home_page_to_a_downloaded_image_and_back_without_ever_meeting_json()
    {
        var page = await browser.NewPageAsync();
        var documents = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Headers.TryGetValue("content-type", out var type) && !type.StartsWith("text/html", StringComparison.Ordinal))
            {
                documents.Add($"{response.Url} answered {type}");
            }
        };
        var email = Person.NewEmail("home-to-download");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start creating" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();
        await Person.OpenLinkAsync(browser, page, email);
        await Person.PressSignInAsync(page);
        await Person.OnboardAsync(page);
        await page.GetByLabel("Prompt").FillAsync("green tea terraces at dawn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        var image = Studio.ResultImage(page);
        await Studio.WaitUntilLoadedAsync(image);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download" }).First.ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), $"creo-{Guid.NewGuid():N}.png");
        await download.SaveAsAsync(saved);
        var bytes = await File.ReadAllBytesAsync(saved, TestContext.Current.CancellationToken);
        File.Delete(saved);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);

        // Back: the brand leads home (a signed-in person is taken on to the studio), the gallery holds the image.
        await page.GetByRole(AriaRole.Link, new() { Name = "Crëo home" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/gallery");
        await Expect(page.GetByRole(AriaRole.Article)).ToHaveCountAsync(1);
        await page.GotoAsync("/no-such-page");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We can't find that page", new() { UseInnerText = true });
        Assert.Empty(documents);
    }

    /// <summary>Opens the page, waits for its heading (by name when given), then scans and saves it at both widths.</summary>
    private static async Task ScanAsync(IPage page, string path, string? heading, string name)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        var h1 = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        if (heading is null)
        {
            await Expect(h1).ToBeVisibleAsync();
        }
        else
        {
            await Expect(h1).ToContainTextAsync(heading, new() { UseInnerText = true });
        }

        await Accessibility.AssertAtBothWidthsAsync(page, name);
    }
}
