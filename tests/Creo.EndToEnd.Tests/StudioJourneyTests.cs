using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class StudioJourneyTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Prompt = "A lighthouse on a cliff at dusk, pencil sketch";

    [Fact]
    public async Task A_new_person_makes_an_image_sees_it_finds_it_in_the_gallery_reads_its_receipt_deletes_it_and_reads_the_ledger()
    {
        var page = await browser.NewPageAsync();
        var complaints = Person.WatchConsole(page);
        await Person.SignInAsync(browser, page, Person.NewEmail("maker"));
        await Person.OnboardAsync(page);

        // Onboarding leads into the studio, with the price and the balance in view before anything is spent.
        Assert.Equal("/studio", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Studio", new() { UseInnerText = true });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Local preview — painterly" }).CheckAsync();
        await Expect(Studio.Balance(page)).ToHaveTextAsync("50 credits", new() { UseInnerText = true });
        await page.GetByLabel("Prompt").FillAsync(Prompt);
        await Expect(page.Locator("#prompt-count")).ToHaveTextAsync($"{Prompt.Length} of 2,000 characters", new() { UseInnerText = true });
        await Studio.SetSizeAsync(page, 2048, 2048);
        Assert.Equal("6 credits", await Studio.SettledCostAsync(page));
        await Studio.SetSizeAsync(page, 512, 512);
        Assert.Equal("2 credits", await Studio.SettledCostAsync(page));
        await BrowserApp.ScreenshotAsync(page, "studio-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        var image = Studio.ResultImage(page);
        await Studio.WaitUntilLoadedAsync(image);
        Assert.True(await Studio.HasLoadedAsync(image));
        Assert.Equal(512, await image.EvaluateAsync<int>("img => img.naturalWidth"));
        await Expect(image).ToHaveAttributeAsync("alt", $"Image made from the prompt: {Prompt}");
        Assert.StartsWith("Ready.", await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Ready" }).InnerTextAsync());
        await Expect(Studio.Balance(page)).ToHaveTextAsync("48 credits");
        Assert.StartsWith("/studio?generation=", new Uri(page.Url).PathAndQuery);
        await BrowserApp.ScreenshotAsync(page, "studio-result-desktop");

        // The gallery holds it, newest first, with its status and a thumbnail that really loads.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Gallery" }).ClickAsync();
        await page.WaitForURLAsync("**/gallery");
        var cards = page.Locator("[data-item]");
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(cards.First).ToContainTextAsync("Ready", new() { UseInnerText = true });
        await Studio.WaitUntilLoadedAsync(cards.First.Locator("img"));
        await BrowserApp.ScreenshotAsync(page, "gallery-desktop");

        // The picture opens its page, which shows the media large, what was asked, and the receipt of held and charged credits.
        await Expect(cards.First.GetByRole(AriaRole.Link, new() { Name = Prompt, Exact = true })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/generations/"));
        await cards.First.Locator("[data-tile-image]").ClickAsync();
        await page.WaitForURLAsync("**/generations/*");
        var detailPath = new Uri(page.Url).AbsolutePath;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("A lighthouse on a cliff at…", new() { UseInnerText = true });
        Assert.Equal("A lighthouse on a cliff at… · Crëo", await page.TitleAsync());
        await Studio.WaitUntilLoadedAsync(page.Locator(".detail-media img"));
        await Expect(page.GetByTestId("prompt")).ToHaveTextAsync(Prompt, new() { UseInnerText = true });
        var facts = await page.Locator(".detail-facts").InnerTextAsync();
        Assert.Contains("Local preview — painterly", facts);
        Assert.Contains("version 1.0.0", facts);
        Assert.Contains("512 × 512 pixels", facts);
        await Expect(page.GetByTestId("seed")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"), new() { UseInnerText = true });
        var receipt = await page.GetByTestId("receipt").InnerTextAsync();
        Assert.Contains("Status\nCharged", receipt);
        Assert.Contains("Cost\n2 credits", receipt);
        Assert.Contains("Held\n2 credits", receipt);
        var entries = page.GetByTestId("receipt-entries").Locator("tbody tr");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(0)).ToContainTextAsync("Held when you asked", new() { UseInnerText = true });
        await Expect(entries.Nth(0)).ToContainTextAsync("−2", new() { UseInnerText = true });
        await Expect(entries.Nth(1)).ToContainTextAsync("Charged: the held credits were kept", new() { UseInnerText = true });
        await Expect(entries.Nth(1)).ToContainTextAsync("no change", new() { UseInnerText = true });
        await Expect(page.GetByTestId("receipt-total")).ToContainTextAsync("−2", new() { UseInnerText = true });
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Download" });
        await Expect(download).ToHaveAttributeAsync("download", new System.Text.RegularExpressions.Regex(@"^creo-\d{8}-\d{6}-[0-9a-f]{8}\.png$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel generation" })).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "generation-desktop");

        // The same pages on a phone, light and dark: nothing scrolls sideways.
        await page.SetViewportSizeAsync(375, 740);
        foreach (var (path, name) in new[] { ("/studio", "studio"), ("/gallery", "gallery"), (detailPath, "generation"), ("/credits", "credits") })
        {
            await page.GotoAsync(path);
            await Person.SettledAsync(page);
            Assert.False(await Person.ScrollsSidewaysAsync(page), $"{path} scrolls sideways on a phone: {await Person.WiderThanTheWindowAsync(page)}");
            await BrowserApp.ScreenshotAsync(page, $"{name}-phone");
        }

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(detailPath);
        await BrowserApp.ScreenshotAsync(page, "generation-phone-dark");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/studio");
        await Person.SettledAsync(page);
        await BrowserApp.ScreenshotAsync(page, "studio-desktop-dark");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });

        // Deleting asks first, then the generation is gone from the gallery.
        await page.GotoAsync(detailPath);
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Delete this generation?" });
        await Expect(dialog).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "generation-delete-dialog-desktop");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/gallery?done=deleted");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "deleted" })).ToHaveTextAsync("The generation is deleted.", new() { UseInnerText = true });
        await Expect(page.Locator("[data-item]")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing here yet" })).ToBeVisibleAsync();

        // The ledger keeps the whole story, newest first: the generation as one charged row, then the starter grant.
        await page.GotoAsync("/credits");
        await Expect(page.GetByTestId("balance")).ToHaveTextAsync("48 credits", new() { UseInnerText = true });
        var ledger = page.GetByTestId("ledger").Locator("tbody tr");
        await Expect(ledger).ToHaveCountAsync(2);
        await Expect(ledger.Nth(0)).ToContainTextAsync("Charged", new() { UseInnerText = true });
        await Expect(ledger.Nth(0).Locator(".amount")).ToHaveTextAsync("−2", new() { UseInnerText = true });
        await Expect(ledger.Nth(0).Locator("[data-balance]")).ToHaveTextAsync("48", new() { UseInnerText = true });
        await Expect(ledger.Nth(1)).ToContainTextAsync("Welcome credits", new() { UseInnerText = true });
        await Expect(ledger.Nth(1).Locator(".amount")).ToHaveTextAsync("+50", new() { UseInnerText = true });
        await Expect(ledger.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Generation" })).ToHaveAttributeAsync("href", detailPath);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Load more" })).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "credits-desktop");
        Assert.True(complaints.Count == 0, string.Join("\n", complaints));

        var gone = await page.GotoAsync(detailPath);
        Assert.Equal(404, gone!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Generation not found", new() { UseInnerText = true });
    }
}
