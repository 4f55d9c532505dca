using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class StudioShortOfCreditsTests(BrowserAppWithFewCredits browser) : IClassFixture<BrowserAppWithFewCredits>
{
    [Fact]
    public async Task Asking_for_more_than_the_balance_is_flagged_before_and_explained_after_with_a_way_to_credits()
    {
        var page = await Studio.NewPersonAsync(browser, "skint");
        await page.GetByLabel("Prompt").FillAsync("Worth more than I have");

        // Before submitting: the price, the balance, and a warning that one exceeds the other.
        Assert.Equal("2 credits", await Studio.SettledCostAsync(page));
        await Expect(Studio.Balance(page)).ToHaveTextAsync("1 credit", new() { UseInnerText = true });
        await Expect(page.Locator("[data-price-note]")).ToContainTextAsync("This costs more than your balance.", new() { UseInnerText = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Not enough credits" });
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert).ToContainTextAsync("This costs 2 credits, more than your balance. Nothing was charged.", new() { UseInnerText = true });
        await Expect(alert.GetByRole(AriaRole.Link, new() { Name = "See your credits" })).ToHaveAttributeAsync("href", "/credits");
        Assert.True(await alert.EvaluateAsync<bool>("el => el === document.activeElement"));
        Assert.StartsWith("Error:", await page.TitleAsync());
        await BrowserApp.ScreenshotAsync(page, "studio-not-enough-credits-desktop");

        await Expect(Studio.Balance(page)).ToHaveTextAsync("1 credit", new() { UseInnerText = true });
        var generations = await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/generations')).json()");
        Assert.Equal(0, generations.GetProperty("items").GetArrayLength());
        await page.SetViewportSizeAsync(375, 740);
        Assert.False(await Person.ScrollsSidewaysAsync(page), await Person.WiderThanTheWindowAsync(page));
        await BrowserApp.ScreenshotAsync(page, "studio-not-enough-credits-phone");
    }

    [Fact]
    public async Task Without_JavaScript_the_same_refusal_reads_the_same()
    {
        var page = await Studio.NewPersonAsync(browser, "skint-noscript", javaScript: false);
        await page.GetByLabel("Prompt").FillAsync("Worth more than I have");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/studio");

        Assert.Equal(402, response.Status);
        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Not enough credits" });
        await Expect(alert).ToContainTextAsync("Nothing was charged.", new() { UseInnerText = true });
        await Expect(page.GetByLabel("Prompt")).ToHaveValueAsync("Worth more than I have");
    }
}
