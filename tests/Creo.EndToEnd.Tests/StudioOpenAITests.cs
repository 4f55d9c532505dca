using Creo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The studio on an OpenAI-compatible host's model: the image arrives, and a refused prompt is told in words.</summary>
public sealed class StudioOpenAITests(BrowserAppWithOpenAI browser) : IClassFixture<BrowserAppWithOpenAI>
{
    [Fact]
    public async Task An_image_made_on_an_openai_model_shows_in_the_studio_and_a_refused_prompt_says_so()
    {
        var page = await Studio.NewPersonAsync(browser, "openai-maker");
        var complaints = Person.WatchConsole(page);

        await page.GetByRole(AriaRole.Radio, new() { Name = "GPT Image" }).CheckAsync();
        await page.GetByLabel("Prompt").FillAsync("A lighthouse on a cliff at dusk");
        await Studio.SettledCostAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        var image = Studio.ResultImage(page);
        await Studio.WaitUntilLoadedAsync(image);
        await Expect(page.Locator("[data-result-status]")).ToContainTextAsync("Ready.");
        Assert.Contains(browser.OpenAI.Calls, call => call.Fields.GetValueOrDefault("prompt") == "A lighthouse on a cliff at dusk");
        await BrowserApp.ScreenshotAsync(page, "studio-openai-result");

        await page.GotoAsync("/studio");
        await page.GetByRole(AriaRole.Radio, new() { Name = "GPT Image" }).CheckAsync();
        await page.GetByLabel("Prompt").FillAsync($"A {OpenAIImagesStandIn.RefusedWord} harbour");
        await Studio.SettledCostAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        await Expect(page.Locator("[data-result-status]")).ToContainTextAsync("The model refused this prompt", new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-result-status]")).ToContainTextAsync("Failed.");
        await BrowserApp.ScreenshotAsync(page, "studio-openai-refused");
        Assert.Empty(complaints);
    }
}
