using System.Text.Json;
using System.Text.Json.Nodes;
using Creo.Testing;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

public sealed class StudioPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Every_control_in_the_studio_has_an_accessible_name()
    {
        var page = await Studio.NewPersonAsync(browser, "named");
        await Studio.SettledCostAsync(page);

        foreach (var label in new[] { "Prompt", "Width (pixels)", "Height (pixels)", "Seed (optional)", "Source image (optional)" })
        {
            await Expect(page.GetByLabel(label, new() { Exact = true })).ToBeVisibleAsync();
        }

        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Model" }).GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);

        // Chromium's own accessibility tree: every control a person can operate must have a name.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var tree = (await cdp.SendAsync("Accessibility.getFullAXTree"))!.Value;
        var operable = new[] { "textbox", "spinbutton", "radio", "button", "checkbox", "combobox", "link" };
        var unnamed = tree.GetProperty("nodes").EnumerateArray()
            .Where(node => !(node.TryGetProperty("ignored", out var ignored) && ignored.GetBoolean()))
            .Where(node => node.TryGetProperty("role", out var role) && operable.Contains(role.GetProperty("value").GetString()))
            .Where(node => !node.TryGetProperty("name", out var name) || string.IsNullOrWhiteSpace(name.GetProperty("value").GetString()))
            .Select(node => node.GetProperty("role").GetProperty("value").GetString())
            .ToList();
        Assert.Empty(unnamed);
    }

    [Fact]
    public async Task A_keyboard_user_chooses_a_model_fills_the_form_and_generates_without_a_mouse()
    {
        var page = await Studio.NewPersonAsync(browser, "keys");
        var sketch = page.GetByRole(AriaRole.Radio, new() { Name = "Local preview — painterly" });
        var mosaic = page.GetByRole(AriaRole.Radio, new() { Name = "Local preview — mosaic" });

        Assert.True(await TabUntilFocusedAsync(page, sketch, 30), "Tab never reached the model choice");
        Assert.True(await HasVisibleFocusAsync(page, "label[for='model-local-sketch']"));
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(mosaic).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(sketch).ToBeCheckedAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.GetByLabel("Prompt")));
        await page.Keyboard.TypeAsync("Typed without a mouse");

        // The shape and the size slider come first; the exact boxes after them.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "1:1 Square" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Slider, new() { Name = "Size (longer side)" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.GetByLabel("Width (pixels)")));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("512");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("512");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.GetByLabel("Seed (optional)")));
        await page.Keyboard.TypeAsync("7");
        Assert.Equal("2 credits", await Studio.SettledCostAsync(page));

        var generate = page.GetByRole(AriaRole.Button, new() { Name = "Generate" });
        Assert.True(await TabUntilFocusedAsync(page, generate, 5), "Tab never reached Generate");
        Assert.True(await HasVisibleFocusAsync(page, "[data-submit]"));
        await BrowserApp.ScreenshotAsync(page, "studio-keyboard-desktop");
        await page.Keyboard.PressAsync("Enter");

        await Studio.WaitUntilLoadedAsync(Studio.ResultImage(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Details and receipt" }).ClickAsync();
        await Expect(page.GetByTestId("seed")).ToHaveTextAsync("7", new() { UseInnerText = true });
    }

    [Fact]
    public async Task While_the_model_works_the_studio_shows_progress_and_says_each_step()
    {
        var page = await Studio.NewPersonAsync(browser, "patient");
        await page.GetByLabel("Prompt").FillAsync("Slow and steady");
        await Studio.SetSizeAsync(page, 256, 256);

        // The local model is done in a blink; the first answers are held at "queued" and "running" to see the steps.
        var answers = 0;
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/generations/*", async route =>
        {
            var answer = Interlocked.Increment(ref answers);
            if (answer > 2 && release.Task.IsCompleted)
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            var generation = JsonNode.Parse(await response.TextAsync())!;
            generation["status"] = answer == 1 ? "queued" : "running";
            generation["outputs"] = new JsonArray();
            await route.FulfillAsync(new() { Response = response, Body = generation.ToJsonString() });
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        var status = page.Locator("[data-result-status]");
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Running\\."));
        await Expect(status).ToHaveAttributeAsync("role", "status");
        await Expect(page.Locator("[data-result-progress]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-step='1']")).ToHaveAttributeAsync("aria-current", "step");
        Assert.Contains("step-done", await page.Locator("[data-step='0']").GetAttributeAsync("class"));
        await BrowserApp.ScreenshotAsync(page, "studio-running-desktop");

        release.SetResult();
        await Studio.WaitUntilLoadedAsync(Studio.ResultImage(page));
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Ready\\."));
        await Expect(page.Locator("[data-result-progress]")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-step='2']")).ToHaveAttributeAsync("aria-current", "step");
    }

    [Fact]
    public async Task A_double_click_on_generate_makes_one_generation_and_holds_credits_once()
    {
        var page = await Studio.NewPersonAsync(browser, "eager");
        await page.GetByLabel("Prompt").FillAsync("Clicked twice");
        await Studio.SetSizeAsync(page, 512, 512);
        await Studio.SettledCostAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).DblClickAsync();

        await Studio.WaitUntilLoadedAsync(Studio.ResultImage(page));
        await Studio.WaitUntilAllFinishedAsync(page);
        var generations = await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/generations')).json()");
        Assert.Equal(1, generations.GetProperty("items").GetArrayLength());
        await Expect(Studio.Balance(page)).ToHaveTextAsync("48 credits");
    }

    [Fact]
    public async Task A_second_generation_with_the_same_settings_is_a_new_one()
    {
        var page = await Studio.NewPersonAsync(browser, "again");
        await page.GetByLabel("Prompt").FillAsync("Once more, please");
        await Studio.SetSizeAsync(page, 256, 256);
        var generate = page.GetByRole(AriaRole.Button, new() { Name = "Generate" });

        await generate.ClickAsync();
        await Studio.WaitUntilLoadedAsync(Studio.ResultImage(page));
        var first = new Uri(page.Url).Query;
        await generate.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query != first);
        await Studio.WaitUntilLoadedAsync(Studio.ResultImage(page));

        await Studio.WaitUntilAllFinishedAsync(page);
        var generations = await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/generations')).json()");
        Assert.Equal(2, generations.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Refused_fields_are_explained_next_to_them_and_listed_at_the_top()
    {
        var page = await Studio.NewPersonAsync(browser, "careless");

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();

        // The message is shown once, next to its field; the summary at the top names the field as a link to it.
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).Not.ToContainTextAsync("Write a prompt.");
        Assert.True(await IsFocusedAsync(summary));
        var prompt = page.GetByLabel("Prompt");
        await Expect(prompt).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("prompt-error", await prompt.GetAttributeAsync("aria-describedby"));
        await Expect(page.Locator("#prompt-error")).ToContainTextAsync("Write a prompt.", new() { UseInnerText = true });
        await Expect(page.GetByText("Write a prompt.")).ToHaveCountAsync(1);
        Assert.StartsWith("Error:", await page.TitleAsync());
        await BrowserApp.ScreenshotAsync(page, "studio-errors-desktop");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Prompt" }).ClickAsync();
        Assert.True(await IsFocusedAsync(prompt));

        // A size the model cannot make is moved to the nearest one it makes, and the note says so: never refused.
        await prompt.FillAsync("A size off the grid");
        await Studio.SetSizeAsync(page, 1000, 512);
        await Expect(page.GetByLabel("Width (pixels)")).ToHaveValueAsync("1024");
        await Expect(page.Locator("[data-size-note]")).ToContainTextAsync("Width set to 1024: Local preview — painterly makes 256 to 2048, in steps of 64.");
        Assert.NotEqual("—", await Studio.SettledCostAsync(page));
    }

    [Fact]
    public async Task A_source_image_uploads_with_its_thumbnail_and_size_and_a_non_image_is_refused()
    {
        var page = await Studio.NewPersonAsync(browser, "photographer");
        var source = page.GetByLabel("Source image (optional)");

        await source.SetInputFilesAsync(new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = "not a picture at all"u8.ToArray() });
        await Expect(page.Locator("#source-image-error")).ToContainTextAsync("not an image we can read");
        await Expect(source).ToHaveAttributeAsync("aria-invalid", "true");

        await source.SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Png(640, 480) });
        await Expect(page.Locator("[data-upload-status]")).ToHaveTextAsync("Uploaded: 640 × 480 pixels.");
        var thumbnail = page.GetByRole(AriaRole.Img, new() { Name = "Source image, 640 by 480 pixels" });
        await Studio.WaitUntilLoadedAsync(thumbnail);
        Assert.Null(await source.GetAttributeAsync("aria-invalid"));
        await BrowserApp.ScreenshotAsync(page, "studio-upload-desktop");

        await page.GetByLabel("Prompt").FillAsync("Start from my photo");
        await Studio.SetSizeAsync(page, 512, 384);
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        await Studio.WaitUntilLoadedAsync(Studio.ResultImage(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Details and receipt" }).ClickAsync();
        await Expect(page.Locator(".detail-facts")).ToContainTextAsync("An uploaded image", new() { UseInnerText = true });
    }

    [Fact]
    public async Task Deleting_from_the_gallery_asks_first_and_the_card_leaves_the_grid()
    {
        var page = await Studio.NewPersonAsync(browser, "tidy");
        await Studio.SubmitThroughApiAsync(page, 2);
        await Studio.WaitUntilAllFinishedAsync(page);
        await page.GotoAsync("/gallery");
        var cards = page.Locator("[data-item]");
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.First).ToContainTextAsync("study number 2", new() { UseInnerText = true });

        // Delete sits in the card's More menu.
        await cards.First.GetByText("More").ClickAsync();
        await cards.First.GetByRole(AriaRole.Link, new() { Name = "Delete: study number 2" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Delete this generation?" });
        await Expect(dialog).ToBeVisibleAsync();
        Assert.True(await IsFocusedAsync(dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it" })));
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(cards).ToHaveCountAsync(2);

        await cards.First.GetByText("More").ClickAsync();
        await cards.First.GetByRole(AriaRole.Link, new() { Name = "Delete: study number 2" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Expect(cards).ToHaveCountAsync(1);
        await Expect(cards.First).ToContainTextAsync("study number 1", new() { UseInnerText = true });
        Assert.True(await IsFocusedAsync(cards.First.GetByRole(AriaRole.Link, new() { Name = "study number 1", Exact = true })));
        await Expect(page.Locator("[data-announcer]")).ToHaveTextAsync("The generation is deleted.");
        var generations = await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/generations')).json()");
        Assert.Equal(1, generations.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Load_more_brings_older_generations_and_ledger_entries_in_place()
    {
        var page = await Studio.NewPersonAsync(browser, "prolific");

        // 25 of the cheapest images spend the 50 starter credits exactly: one more than a gallery page holds.
        await Studio.SubmitThroughApiAsync(page, 25);
        await Studio.WaitUntilAllFinishedAsync(page);

        await page.GotoAsync("/gallery");
        var cards = page.Locator("[data-item]");
        await Expect(cards).ToHaveCountAsync(24);
        await Expect(cards.First).ToContainTextAsync("study number 25", new() { UseInnerText = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "Load more" }).ClickAsync();
        await Expect(cards).ToHaveCountAsync(25);
        await Expect(cards.Last).ToContainTextAsync("study number 1", new() { UseInnerText = true });
        Assert.True(await IsFocusedAsync(cards.Last.GetByRole(AriaRole.Link, new() { Name = "study number 1", Exact = true })));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Load more" })).ToHaveCountAsync(0);
        Assert.Equal("/gallery", new Uri(page.Url).AbsolutePath);

        // The starter grant and one line per generation (its hold and capture together): 26 lines, 25 to a page.
        await page.GotoAsync("/credits");
        var rows = page.GetByTestId("ledger").Locator("tbody tr");
        await Expect(page.GetByTestId("balance")).ToHaveTextAsync("0 credits", new() { UseInnerText = true });
        await Expect(rows).ToHaveCountAsync(25);
        await page.GetByRole(AriaRole.Link, new() { Name = "Load more" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(26);
        await Expect(rows.Last).ToContainTextAsync("Welcome credits", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Load more" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_studio_works_without_JavaScript_from_price_to_picture()
    {
        var page = await Studio.NewPersonAsync(browser, "noscript", javaScript: false);
        Assert.Equal("/studio", new Uri(page.Url).AbsolutePath);

        await page.GetByLabel("Prompt").FillAsync("Drawn with scripts off");
        await Studio.SetSizeAsync(page, 2048, 2048);
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the price" }).ClickAsync();
        await Expect(Studio.Cost(page)).ToHaveTextAsync("6 credits", new() { UseInnerText = true });
        await Studio.SetSizeAsync(page, 512, 512);
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the price" }).ClickAsync();
        await Expect(Studio.Cost(page)).ToHaveTextAsync("2 credits", new() { UseInnerText = true });
        await Expect(page.GetByLabel("Prompt")).ToHaveValueAsync("Drawn with scripts off");

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.StartsWith("?generation=", StringComparison.Ordinal));
        var image = Studio.ResultImage(page);
        // Without scripts the person asks again until the image is there.
        await Eventually.UntilAsync(
            async () =>
            {
                if (await image.CountAsync() > 0)
                {
                    return true;
                }

                await page.GetByRole(AriaRole.Button, new() { Name = "Check again" }).ClickAsync();
                return false;
            },
            shown => shown,
            _ => "The result never showed after checking again.");

        var media = await page.APIRequest.GetAsync((await image.GetAttributeAsync("src"))!);
        Assert.Equal(200, media.Status);
        Assert.Equal("image/png", media.Headers["content-type"]);
        await Expect(Studio.Balance(page)).ToHaveTextAsync("48 credits", new() { UseInnerText = true });
    }

    [Fact]
    public async Task Without_JavaScript_a_double_click_on_generate_still_makes_one_generation()
    {
        var page = await Studio.NewPersonAsync(browser, "noscript-eager", javaScript: false);
        await page.GetByLabel("Prompt").FillAsync("Clicked twice, no scripts");
        await Studio.SetSizeAsync(page, 256, 256);

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).DblClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).Query.StartsWith("?generation=", StringComparison.Ordinal));
        var list = await page.APIRequest.GetAsync("/api/generations");
        var generations = JsonDocument.Parse(await list.TextAsync()).RootElement.GetProperty("items");
        Assert.Equal(1, generations.GetArrayLength());
        Assert.Equal($"?generation={generations[0].GetProperty("id").GetString()}", new Uri(page.Url).Query);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_from_every_studio_page()
    {
        var page = await browser.NewPageAsync();

        foreach (var path in new[] { "/studio", "/gallery", "/credits", $"/generations/{Guid.NewGuid()}", $"/generations/{Guid.NewGuid()}/delete" })
        {
            await page.GotoAsync(path);
            Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        }

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Studio" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Someone_not_yet_onboarded_is_sent_to_onboarding_from_the_studio_pages()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("newcomer"));

        foreach (var path in new[] { "/studio", "/gallery", "/credits" })
        {
            await page.GotoAsync(path);
            Assert.Equal("/onboarding", new Uri(page.Url).AbsolutePath);
        }
    }

    [Fact]
    public async Task A_signed_in_person_is_led_from_the_home_page_to_the_studio_and_the_header_links_the_studio_pages()
    {
        var page = await Studio.NewPersonAsync(browser, "returning");

        await page.GotoAsync("/");

        Assert.Equal("/studio", new Uri(page.Url).AbsolutePath);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Studio" })).ToHaveAttributeAsync("aria-current", "page");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Credits" }).ClickAsync();
        await page.WaitForURLAsync("**/credits");
        await Expect(page.GetByTestId("balance")).ToHaveTextAsync("50 credits", new() { UseInnerText = true });
        await Expect(page.GetByTestId("ledger")).ToContainTextAsync("Welcome credits", new() { UseInnerText = true });
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(40, 90, 160));
            using var paint = new SKPaint { Color = new SKColor(250, 200, 60) };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static async Task<bool> TabUntilFocusedAsync(IPage page, ILocator target, int limit)
    {
        for (var presses = 0; presses < limit; presses++)
        {
            if (await IsFocusedAsync(target))
            {
                return true;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        return await IsFocusedAsync(target);
    }

    /// <summary>Whether the element a keyboard user is on shows it, with an outline of its own.</summary>
    private static Task<bool> HasVisibleFocusAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<bool>("el => { const style = getComputedStyle(el); return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2; }");

    private static Task<bool> IsFocusedAsync(ILocator locator) => locator.EvaluateAsync<bool>("el => el === document.activeElement");
}
