using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The studio's result first and large, what can be done with it, and the size tools that lead to it.</summary>
public sealed class StudioResultTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Prompt = "Green tea terraces at dawn under soft mist";

    [Fact]
    public async Task The_result_is_large_opens_full_size_downloads_and_its_prompt_can_be_used_again()
    {
        var page = await Studio.NewPersonAsync(browser, "admirer");
        await page.GetByLabel("Prompt").FillAsync(Prompt);
        await Studio.SetSizeAsync(page, 1024, 1024);
        await Studio.SettledCostAsync(page);

        // Ctrl+Enter in the prompt generates; the elapsed time is shown while it works and after.
        await page.GetByLabel("Prompt").PressAsync("Control+Enter");
        var image = Studio.ResultImage(page);
        await Studio.WaitUntilLoadedAsync(image);
        await Expect(page.Locator("[data-elapsed]")).ToHaveTextAsync(new Regex(@"^(Elapsed|Took) \d+:\d{2}\.$"));

        // Large: as wide as the window allows, up to its own pixels, and never stretched beyond them.
        await AssertLargeAsync(image);

        // A click (here Enter) opens it full size; Esc closes it and the keyboard is back on the picture.
        var zoom = page.Locator("[data-result-media] a[data-lightbox-open]");
        await zoom.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var lightbox = page.GetByRole(AriaRole.Dialog, new() { Name = "The image at full size" });
        await Expect(lightbox).ToBeVisibleAsync();
        await Expect(lightbox.GetByRole(AriaRole.Img, new() { Name = $"Image made from the prompt: {Prompt}" })).ToBeVisibleAsync();
        await Expect(lightbox.GetByRole(AriaRole.Button, new() { Name = "Close" })).ToBeFocusedAsync();
        await BrowserApp.ScreenshotAsync(page, "studio-lightbox-desktop");
        await page.Keyboard.PressAsync("Escape");
        await Expect(lightbox).ToBeHiddenAsync();
        await Expect(zoom).ToBeFocusedAsync();
        await zoom.ClickAsync();
        await Expect(lightbox).ToBeVisibleAsync();
        await lightbox.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(lightbox).ToBeHiddenAsync();

        await Accessibility.AssertAtBothWidthsAsync(page, "studio-result");

        // Download gives the file itself, with a name that says what it is.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download" }).ClickAsync());
        Assert.Matches(@"^creo-\d{8}-\d{6}-[0-9a-f]{8}\.png$", download.SuggestedFilename);
        var saved = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(saved, TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);

        // Use this prompt again: a fresh form holding the prompt, the model and the size.
        var id = new Uri(page.Url).Query.Split('=')[1];
        await page.GetByRole(AriaRole.Link, new() { Name = "Use this prompt again" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == $"/studio?from={id}");
        await Expect(page.GetByLabel("Prompt")).ToHaveValueAsync(Prompt);
        await Expect(page.GetByLabel("Width (pixels)")).ToHaveValueAsync("1024");
        await Expect(page.GetByLabel("Height (pixels)")).ToHaveValueAsync("1024");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Local preview — painterly" })).ToBeCheckedAsync();

        // The generation's page: titled by the prompt's first words, the picture the page, the same actions.
        await page.GotoAsync($"/generations/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Green tea terraces at dawn under…", new() { UseInnerText = true });
        Assert.Equal("Green tea terraces at dawn under… · Crëo", await page.TitleAsync());
        var picture = page.Locator(".detail-media img");
        await Studio.WaitUntilLoadedAsync(picture);
        await AssertLargeAsync(picture);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Use this prompt again" })).ToHaveAttributeAsync("href", $"/studio?from={id}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download" })).ToHaveAttributeAsync("download", new Regex(@"\.png$"));
        await page.Locator(".detail-media a[data-lightbox-open]").ClickAsync();
        await Expect(lightbox).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(lightbox).ToBeHiddenAsync();
        await Accessibility.AssertAtBothWidthsAsync(page, "generation-page");
    }

    [Fact]
    public async Task Shapes_and_the_slider_only_give_sizes_the_model_makes()
    {
        var page = await Studio.NewPersonAsync(browser, "framer");
        var width = page.GetByLabel("Width (pixels)");
        var height = page.GetByLabel("Height (pixels)");
        var slider = page.GetByRole(AriaRole.Slider, new() { Name = "Size (longer side)" });
        await Expect(slider).ToHaveAttributeAsync("step", "64");

        await page.Locator("label[for='ratio-16-9']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "16:9 Wide" })).ToBeCheckedAsync();
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(width).ToHaveValueAsync("2048");
        await Expect(height).ToHaveValueAsync("1152");
        await Expect(page.Locator("[data-size-output]")).ToHaveTextAsync("2048 × 1152 pixels");
        await page.Keyboard.PressAsync("Home");
        await Expect(width).ToHaveValueAsync("448");
        await Expect(height).ToHaveValueAsync("256");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(width).ToHaveValueAsync("512");
        Assert.NotEqual("—", await Studio.SettledCostAsync(page));

        await page.Locator("label[for='ratio-9-16']").ClickAsync();
        await AssertOnTheGridAsync(width, height, tall: true);
        await page.Locator("label[for='ratio-2-3']").ClickAsync();
        await AssertOnTheGridAsync(width, height, tall: true);
        await page.Locator("label[for='ratio-3-2']").ClickAsync();
        await AssertOnTheGridAsync(width, height, tall: false);
        await page.Locator("label[for='ratio-1-1']").ClickAsync();
        Assert.Equal(await width.InputValueAsync(), await height.InputValueAsync());

        // A square typed into the boxes selects the square shape.
        await Studio.SetSizeAsync(page, 768, 768);
        await width.FocusAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "1:1 Square" })).ToBeCheckedAsync();
        await Expect(slider).ToHaveValueAsync("768");
    }

    [Fact]
    public async Task On_a_phone_the_finished_result_is_scrolled_into_view()
    {
        var page = await Studio.NewPersonAsync(browser, "pocket", width: Accessibility.PhoneWidth, height: Accessibility.PhoneHeight);
        await page.GetByLabel("Prompt").FillAsync("A small picture for a small screen");
        await Studio.SetSizeAsync(page, 512, 512);
        var generate = page.GetByRole(AriaRole.Button, new() { Name = "Generate" });
        await generate.ScrollIntoViewIfNeededAsync();
        await Expect(page.Locator("#result-title")).Not.ToBeInViewportAsync();

        await generate.ClickAsync();

        var image = Studio.ResultImage(page);
        await Studio.WaitUntilLoadedAsync(image);
        await Expect(image).ToBeInViewportAsync();
    }

    /// <summary>Rendered at least 600 px wide at the desktop width, or at its own width when that is smaller; never wider.</summary>
    private static async Task AssertLargeAsync(ILocator image)
    {
        var natural = await image.EvaluateAsync<double>("img => img.naturalWidth");
        var rendered = await image.EvaluateAsync<double>("img => img.getBoundingClientRect().width");
        Assert.True(rendered >= Math.Min(600, natural) - 1, $"the image is {rendered} px wide of its {natural}");
        Assert.True(rendered <= natural + 1, $"the image is stretched to {rendered} px from {natural}");
    }

    private static async Task AssertOnTheGridAsync(ILocator width, ILocator height, bool tall)
    {
        await Expect(width).Not.ToHaveValueAsync(string.Empty);
        var w = int.Parse(await width.InputValueAsync(), CultureInfo.InvariantCulture);
        var h = int.Parse(await height.InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.True(w % 64 == 0 && h % 64 == 0 && w >= 256 && h >= 256 && w <= 2048 && h <= 2048, $"{w} × {h} is not a size the painterly preview makes");
        Assert.Equal(tall, h > w);
    }
}
