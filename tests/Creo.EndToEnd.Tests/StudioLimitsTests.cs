using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// The studio's script keeps no limits of its own: it reads them from the page, which takes them from the server's
/// constants. Here the page is changed on its way to the browser to name other limits, and the script must follow
/// the page; a script with numbers of its own would go on counting to 2,000 and sending 10 MB.
/// </summary>
public sealed class StudioLimitsTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_prompt_counter_counts_down_to_the_limit_the_page_names()
    {
        var page = await Studio.NewPersonAsync(browser, "counted");
        await OpenWithLimitsAsync(page, promptLimit: 300, uploadBytes: 1024 * 1024);

        await page.GetByLabel("Prompt").FillAsync(new string('a', 150));

        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("150");
        await Expect(page.Locator("[data-count-announcer]")).ToHaveTextAsync("150 characters left");
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_the_page_names_is_refused_without_being_sent()
    {
        var page = await Studio.NewPersonAsync(browser, "hefty");
        await OpenWithLimitsAsync(page, promptLimit: 2000, uploadBytes: 1024 * 1024);
        var uploads = new List<string>();
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath == "/api/uploads")
            {
                lock (uploads)
                {
                    uploads.Add(request.Method);
                }
            }
        };

        var source = page.GetByLabel("Source image (optional)");
        await source.SetInputFilesAsync(new FilePayload { Name = "big.png", MimeType = "image/png", Buffer = new byte[(1024 * 1024) + 1] });

        await Expect(page.Locator("#source-image-error")).ToContainTextAsync("The image is larger than 1 MB. Choose a smaller file.");
        await Expect(source).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("[data-upload]")).ToBeHiddenAsync();
        lock (uploads)
        {
            Assert.Empty(uploads);
        }
    }

    /// <summary>Opens the studio with its limit attributes rewritten on the way from the server to the browser.</summary>
    private static async Task OpenWithLimitsAsync(IPage page, int promptLimit, long uploadBytes)
    {
        await page.RouteAsync("**/studio", async route =>
        {
            var response = await route.FetchAsync();
            var html = await response.TextAsync();
            html = Regex.Replace(html, "data-prompt-limit=\"\\d+\"", $"data-prompt-limit=\"{promptLimit.ToString(CultureInfo.InvariantCulture)}\"");
            html = Regex.Replace(html, "data-max-upload-bytes=\"\\d+\"", $"data-max-upload-bytes=\"{uploadBytes.ToString(CultureInfo.InvariantCulture)}\"");
            await route.FulfillAsync(new() { Response = response, Body = html });
        });
        await page.GotoAsync("/studio");
        await Studio.SettledCostAsync(page);
    }
}
