using Creo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>A person makes an image on a fal model, and cancels a fal request that waits in the model's queue.</summary>
public sealed class StudioFalTests(BrowserAppWithFal browser) : IClassFixture<BrowserAppWithFal>
{
    [Fact]
    public async Task An_image_is_made_on_a_fal_model()
    {
        browser.Fal.Hold = false;
        browser.Fal.NextQueuePosition = 1;
        var page = await Studio.NewPersonAsync(browser, "fal-maker");

        await GenerateOnFalAsync(page, "A lighthouse at dusk, oil on canvas");

        await Studio.WaitUntilLoadedAsync(Studio.ResultImage(page));
    }

    [Fact]
    public async Task A_queued_fal_request_shows_its_place_and_can_be_canceled()
    {
        browser.Fal.Hold = true;
        browser.Fal.NextQueuePosition = 4;
        var known = browser.Fal.Requests.Select(r => r.Id).ToHashSet();
        var page = await Studio.NewPersonAsync(browser, "fal-waiter");

        await GenerateOnFalAsync(page, "A long queue of umbrellas in the rain");

        // The studio follows the generation and shows where fal has it in line.
        await Expect(page.Locator("[data-queue]")).ToHaveTextAsync("Place in the model's queue: 4.");
        var id = new Uri(page.Url).Query.Split('=')[1];
        await page.GotoAsync($"/generations/{id}");
        await Expect(page.Locator("[data-queue]")).ToHaveTextAsync("Place in the model's queue: 4.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel generation" }).ClickAsync();

        await Expect(page.Locator(".detail-status .status")).ToHaveTextAsync("Canceled");
        var request = browser.Fal.Requests.Single(r => !known.Contains(r.Id));
        await Eventually.UntilAsync(() => Task.FromResult(request.CancelRequested), sent => sent, _ => "Crëo never called fal's cancel route.");
    }

    private static async Task GenerateOnFalAsync(IPage page, string prompt)
    {
        await page.GetByRole(AriaRole.Radio, new() { Name = "FLUX.1 [dev] on fal" }).CheckAsync();
        await page.GetByLabel("Prompt").FillAsync(prompt);
        await Studio.SetSizeAsync(page, 512, 512);
        await Studio.SettledCostAsync(page);
        await page.GetByLabel("Prompt").PressAsync("Control+Enter");
    }
}
