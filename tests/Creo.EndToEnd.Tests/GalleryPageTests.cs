using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The gallery as a studio's gallery (pictures first, one height, actions in reach) and the credits history.</summary>
public sealed class GalleryPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private static readonly string[] Prompts =
    [
        "A fox",
        "Tea terraces climbing green hills at dawn, mist in the valleys, watercolour with soft edges and a warm golden light over everything",
        "Night city in neon",
        "Ocean waves, ink",
    ];

    [Fact]
    public async Task Cards_are_one_height_the_picture_opens_its_generation_and_delete_asks_from_the_more_menu()
    {
        var page = await Studio.NewPersonAsync(browser, "gallery");
        var complaints = Person.WatchConsole(page);
        var ids = await SubmitAsync(page);
        await Studio.WaitUntilAllFinishedAsync(page);

        await page.GotoAsync("/gallery");
        var cards = page.Locator("[data-item]");
        await Expect(cards).ToHaveCountAsync(Prompts.Length);
        for (var i = 0; i < Prompts.Length; i++)
        {
            var thumbnail = cards.Nth(i).Locator("img");
            await Expect(thumbnail).ToHaveAttributeAsync("src", $"/generations/{ids[^(i + 1)]}/thumbnail");
            await Studio.WaitUntilLoadedAsync(thumbnail);
            Assert.Equal(256, await thumbnail.EvaluateAsync<int>("img => img.naturalWidth"));
        }

        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 844);
            var heights = new List<double>();
            for (var i = 0; i < Prompts.Length; i++)
            {
                heights.Add((await cards.Nth(i).BoundingBoxAsync())!.Height);
            }

            Assert.True(heights.Max() - heights.Min() < 1, $"Card heights at {width}px: {string.Join(", ", heights)}");
        }

        await page.SetViewportSizeAsync(1280, 900);
        var newest = cards.First;
        await Expect(newest.GetByRole(AriaRole.Link, new() { Name = "Use again: Ocean waves, ink" })).ToHaveAttributeAsync("href", $"/studio?from={ids[^1]}");
        await Expect(newest.GetByRole(AriaRole.Link, new() { Name = "Download: Ocean waves, ink" })).ToHaveAttributeAsync("download", new Regex(@"^creo-\d{8}-\d{6}-[0-9a-f]{8}\.png$"));
        await Accessibility.AssertAtBothWidthsAsync(page, "gallery");

        // The picture itself opens the generation.
        await newest.Locator("[data-tile-image]").ClickAsync();
        await page.WaitForURLAsync($"**/generations/{ids[^1]}");
        await page.GoBackAsync();

        // Delete lives in the "More" menu and asks first; "Keep it" keeps it.
        var second = cards.Nth(1);
        await second.Locator("summary").ClickAsync();
        var delete = second.GetByRole(AriaRole.Link, new() { Name = "Delete: Night city in neon" });
        await Expect(delete).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "gallery-menu-desktop");
        await delete.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Delete this generation?" });
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(cards).ToHaveCountAsync(Prompts.Length);

        await second.Locator("summary").ClickAsync();
        await delete.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(cards).ToHaveCountAsync(Prompts.Length - 1);
        await Expect(page.Locator($"[data-generation-id='{ids[^2]}']")).ToHaveCountAsync(0);
        await Expect(page.GetByText("The generation is deleted.")).ToBeAttachedAsync();
        Assert.True(complaints.Count == 0, string.Join("\n", complaints));
    }

    [Fact]
    public async Task The_credits_history_has_one_row_per_generation_and_a_running_balance()
    {
        var page = await Studio.NewPersonAsync(browser, "history");
        var ids = await SubmitAsync(page);
        await Studio.WaitUntilAllFinishedAsync(page);

        await page.GotoAsync("/credits");
        var rows = page.GetByTestId("ledger").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(Prompts.Length + 1);
        for (var i = 0; i < Prompts.Length; i++)
        {
            await Expect(rows.Nth(i).GetByRole(AriaRole.Link, new() { Name = "Generation" })).ToHaveAttributeAsync("href", $"/generations/{ids[^(i + 1)]}");
            await Expect(rows.Nth(i)).ToContainTextAsync("Charged", new() { UseInnerText = true });
        }

        await Expect(rows.Last).ToContainTextAsync("Welcome credits", new() { UseInnerText = true });
        await Expect(rows.Last.Locator(".amount")).ToHaveTextAsync("+50", new() { UseInnerText = true });
        await Expect(rows.Last.Locator("[data-balance]")).ToHaveTextAsync("50", new() { UseInnerText = true });

        // Each row's balance is the next older row's plus its own amount, and the newest is the balance itself.
        var amounts = (await rows.Locator(".amount").AllInnerTextsAsync()).Select(Number).ToList();
        var balances = (await rows.Locator("[data-balance]").AllInnerTextsAsync()).Select(Number).ToList();
        for (var i = 0; i < balances.Count - 1; i++)
        {
            Assert.Equal(balances[i + 1] + amounts[i], balances[i]);
        }

        await Expect(page.GetByTestId("balance")).ToHaveTextAsync($"{balances[0]} credits", new() { UseInnerText = true });
        await Expect(page.GetByTestId("ask-support")).ToContainTextAsync("Ask support for credits", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(page, "credits");
    }

    private static long Number(string text) => long.Parse(text.Trim().Replace('\u2212', '-').Replace(",", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Submits <see cref="Prompts"/> from the page, as the studio's script does; ids oldest first.</summary>
    private static Task<string[]> SubmitAsync(IPage page) =>
        page.EvaluateAsync<string[]>(
            """
            async (prompts) => {
              const token = (await (await fetch('/api/auth/csrf')).json()).token;
              const ids = [];
              for (const prompt of prompts) {
                const response = await fetch('/api/generations', {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
                  body: JSON.stringify({ modelId: 'local-sketch', prompt, parameters: { width: 256, height: 256 } }),
                });
                if (response.status !== 202) throw new Error(`"${prompt}" answered ${response.status}`);
                ids.push((await response.json()).id);
              }
              return ids;
            }
            """,
            Prompts);
}
