using Creo.Testing;
using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

/// <summary>What a person does in the studio, in the words the page uses.</summary>
public static class Studio
{
    /// <summary>A new account, onboarded, standing in the studio where onboarding leaves it.</summary>
    public static async Task<IPage> NewPersonAsync(BrowserApp browser, string name, int width = 1280, int height = 900, bool javaScript = true)
    {
        var page = await browser.NewPageAsync(width, height, javaScript: javaScript);
        await Person.SignInAsync(browser, page, Person.NewEmail(name));
        await Person.OnboardAsync(page);
        return page;
    }

    public static ILocator Cost(IPage page) => page.Locator("[data-cost]");

    public static ILocator Balance(IPage page) => page.Locator("[data-balance]");

    public static ILocator ResultImage(IPage page) => page.Locator("[data-result-media] img");

    /// <summary>Waits until the price shown is no longer being worked out, and returns it.</summary>
    public static async Task<string> SettledCostAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-price]').hasAttribute('aria-busy')");
        return await Cost(page).InnerTextAsync();
    }

    public static async Task SetSizeAsync(IPage page, int width, int height)
    {
        await page.GetByLabel("Width (pixels)").FillAsync(width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Height (pixels)").FillAsync(height.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether an image has actually arrived and decoded, not merely been put on the page.</summary>
    public static Task<bool> HasLoadedAsync(ILocator image) =>
        image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");

    public static async Task WaitUntilLoadedAsync(ILocator image)
    {
        await image.WaitForAsync(new() { Timeout = 30_000 });
        await image.EvaluateAsync("img => img.complete && img.naturalWidth > 0 ? true : new Promise((resolve, reject) => { img.addEventListener('load', resolve); img.addEventListener('error', () => reject(new Error('the image did not load'))); })");
    }

    /// <summary>
    /// Submits generations straight to the API from the page, as the studio's script does, to fill a gallery
    /// quickly. Returns their ids, oldest first.
    /// </summary>
    public static Task<string[]> SubmitThroughApiAsync(IPage page, int count, int size = 256) =>
        page.EvaluateAsync<string[]>(
            """
            async ([count, size]) => {
              const token = (await (await fetch('/api/auth/csrf')).json()).token;
              const ids = [];
              for (let i = 0; i < count; i++) {
                const response = await fetch('/api/generations', {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
                  body: JSON.stringify({ modelId: 'local-sketch', prompt: `study number ${i + 1}`, parameters: { width: size, height: size } }),
                });
                if (response.status !== 202) throw new Error(`submission ${i} answered ${response.status}`);
                ids.push((await response.json()).id);
              }
              return ids;
            }
            """,
            new object[] { count, size });

    /// <summary>
    /// Waits until none of the person's generations is queued or running (asked of the API from the page). Polled
    /// from here rather than with <c>WaitForFunctionAsync</c> and an async predicate, which was seen to return while
    /// a generation still ran: the test then read a ledger whose last captures had not been written yet.
    /// </summary>
    public static Task WaitUntilAllFinishedAsync(IPage page) =>
        Eventually.UntilAsync(
            () => page.EvaluateAsync<string[]>(
                """
                async () => {
                  const list = await (await fetch('/api/generations?limit=100')).json();
                  return list.items.map(g => g.status);
                }
                """),
            statuses => statuses.All(status => status is not "queued" and not "running"),
            statuses => $"generations still at work: {string.Join(", ", statuses)}",
            TimeSpan.FromSeconds(90));
}
