using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class StudioShortOfCreditsTests(BrowserAppWithFewCredits browser) : IClassFixture<BrowserAppWithFewCredits>
{
    [Fact]
    public async Task Asking_for_more_than_the_balance_turns_generate_off_with_the_reason_and_a_way_to_buy_credits()
    {
        var page = await Studio.NewPersonAsync(browser, "skint");
        await page.GetByLabel("Prompt").FillAsync("Worth more than I have");

        // Before submitting: the price, the balance, and a warning that one exceeds the other.
        Assert.Equal("2 credits", await Studio.SettledCostAsync(page));
        await Expect(Studio.Balance(page)).ToHaveTextAsync("1 credit", new() { UseInnerText = true });

        // Generate waits, says why, and leads to buying credits; Ctrl+Enter in the prompt sends nothing either.
        var generate = page.GetByRole(AriaRole.Button, new() { Name = "Generate" });
        await Expect(generate).ToBeDisabledAsync();
        var note = page.Locator("[data-price-note]");
        await Expect(note).ToContainTextAsync("Generate is off: this costs 2 credits and your balance is 1 credit.", new() { UseInnerText = true });
        await Expect(note.GetByRole(AriaRole.Link, new() { Name = "Buy credits" })).ToHaveAttributeAsync("href", "/billing");
        await page.GetByLabel("Prompt").PressAsync("Control+Enter");

        await Expect(Studio.Balance(page)).ToHaveTextAsync("1 credit", new() { UseInnerText = true });
        var generations = await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/generations')).json()");
        Assert.Equal(0, generations.GetProperty("items").GetArrayLength());
        await Accessibility.AssertAtBothWidthsAsync(page, "studio-not-enough-credits");
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
