using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// A video made on a video model plays in the page: a <c>&lt;video&gt;</c> with controls and its poster frame, its
/// metadata loaded (2 seconds), seeking answered through Range requests; its page states what the file is, and the
/// gallery card shows the poster.
/// </summary>
public sealed class VideoPlaybackTests(BrowserAppWithReplicate browser) : IClassFixture<BrowserAppWithReplicate>
{
    private const string Prompt = "Waves rolling onto a quiet beach at dusk";

    [Fact]
    public async Task A_video_plays_and_seeks_in_the_studio_and_on_its_page_and_its_card_shows_the_poster()
    {
        var page = await Studio.NewPersonAsync(browser, "filmmaker");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Wan 2.2 (fast)" }).CheckAsync();
        await Expect(page.GetByLabel("Duration (seconds)")).ToBeVisibleAsync();
        await page.GetByLabel("Duration (seconds)").FillAsync("2");
        await page.GetByLabel("Prompt").FillAsync(Prompt);
        await Studio.SettledCostAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        var video = page.Locator("[data-result-media] video");
        await Expect(video).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var id = new Uri(page.Url).Query.Split('=')[1];
        await AssertPlaysAndSeeksAsync(video, id);

        await page.GotoAsync($"/generations/{id}");
        var detail = page.Locator(".detail-media video");
        await AssertPlaysAndSeeksAsync(detail, id);
        await Expect(page.GetByTestId("video-facts")).ToHaveTextAsync("2.0 seconds, 320 × 240 pixels");
        // The model made 320 × 240 whatever was asked, so the requested size is labelled as such, not as the video's.
        await Expect(page.GetByTestId("size-term")).ToHaveTextAsync("Size asked for");
        await BrowserApp.ScreenshotAsync(page, "generation-video");

        await page.GotoAsync("/gallery");
        var poster = page.Locator($"[data-generation-id='{id}'] img[data-poster]");
        await Expect(poster).ToHaveAttributeAsync("src", $"/generations/{id}/thumbnail");
        await Studio.WaitUntilLoadedAsync(poster);
        Assert.Equal(240, await poster.EvaluateAsync<int>("img => img.naturalWidth"));
        await Accessibility.AssertAtBothWidthsAsync(page, "gallery-video");
    }

    private static async Task AssertPlaysAndSeeksAsync(ILocator video, string id)
    {
        await Expect(video).ToHaveAttributeAsync("controls", "");
        await Expect(video).ToHaveAttributeAsync("preload", "metadata");
        await Expect(video).ToHaveAttributeAsync("poster", $"/generations/{id}/thumbnail");

        // Metadata loaded (readyState 1 or more): the browser read the file's header through the media route.
        var duration = await video.EvaluateAsync<double>(
            "v => v.readyState >= 1 ? v.duration : new Promise((resolve, reject) => { v.addEventListener('loadedmetadata', () => resolve(v.duration), { once: true }); v.addEventListener('error', () => reject(new Error('the video did not load: ' + (v.error && v.error.code))), { once: true }); })");
        Assert.InRange(duration, 1.9, 2.1);

        // Seeking asks for the bytes it needs (Range); 'seeked' is the browser saying it got there.
        var reached = await video.EvaluateAsync<double>(
            "v => new Promise((resolve, reject) => { v.addEventListener('seeked', () => resolve(v.currentTime), { once: true }); v.addEventListener('error', () => reject(new Error('seeking failed')), { once: true }); v.currentTime = 1.5; })");
        Assert.Equal(1.5, reached, precision: 1);
        Assert.True(await video.EvaluateAsync<bool>("v => v.readyState >= 1 && !v.error"), "the video is in error after seeking");
    }
}
