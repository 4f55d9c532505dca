using System.Net;
using System.Text.Json;
using Creo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>A host that keeps failing: its models are shown unavailable with the reason, and the studio does not send them.</summary>
public sealed class StudioHostDownTests(BrowserAppWithFailingHost browser) : IClassFixture<BrowserAppWithFailingHost>
{
    private const string Reason = "Replicate is not answering; try again in a few minutes.";

    [Fact]
    public async Task A_failing_hosts_model_is_shown_unavailable_with_the_reason_and_generate_does_not_submit_it()
    {
        var page = await Studio.NewPersonAsync(browser, "host-down");
        browser.Replicate.FailNext(HttpStatusCode.InternalServerError, times: 1000);

        // Replicate's model is offered first; a generation on it fails, and that opens its host's breaker.
        await Expect(page.Locator($"#model-{ReplicateStandIn.ImageModelId}")).ToBeCheckedAsync();
        await page.GetByLabel("Prompt").FillAsync("A lighthouse in a storm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        await Eventually.UntilAsync(
            () => page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/models')).json()"),
            models => models.EnumerateArray().Any(m => m.GetProperty("id").GetString() == ReplicateStandIn.ImageModelId && !m.GetProperty("available").GetBoolean()),
            _ => "Replicate's model was still offered after its run failed.");
        var before = await GenerationCountAsync(page);

        await page.GotoAsync("/studio");

        var option = page.Locator($"#model-{ReplicateStandIn.ImageModelId}");
        await Expect(option).ToBeDisabledAsync();
        await Expect(option).Not.ToBeCheckedAsync();
        await Expect(page.Locator($"label[for='model-{ReplicateStandIn.ImageModelId}']")).ToContainTextAsync($"Unavailable: {Reason}", new() { UseInnerText = true });
        await Expect(page.Locator("#model-local-sketch")).ToBeCheckedAsync();

        // Chosen anyway (the page tampered with, as a determined person could): Generate says why and sends nothing.
        await option.EvaluateAsync("radio => { radio.disabled = false; radio.checked = true; radio.dispatchEvent(new Event('change', { bubbles: true })); }");
        await page.GetByLabel("Prompt").FillAsync("Forced onto the failing host");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        await Expect(page.Locator("#studio-errors")).ToContainTextAsync(Reason, new() { UseInnerText = true });
        Assert.Equal(before, await GenerationCountAsync(page));
        await Accessibility.AssertAtBothWidthsAsync(page, "studio-host-down");
    }

    private static async Task<int> GenerationCountAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/generations')).json()")).GetProperty("items").GetArrayLength();
}
