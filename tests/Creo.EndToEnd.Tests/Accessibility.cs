using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// An axe-core scan of what the page shows now, and the screenshots people look at: every page a test opens is
/// scanned at a desktop width and at a phone's, and saved at both.
/// </summary>
public static class Accessibility
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 900;
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    /// <summary>
    /// Fails with every axe violation (rule, impact, the elements it names) on the page as it is now. axe is a
    /// script: a page opened with JavaScript off never answers it, so scan the same state in a page that has it.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        Assert.True(result.Violations.Length == 0, $"axe found on {page.Url}:\n{Describe(result.Violations)}");
    }

    /// <summary>
    /// Scans the page and saves it as <c>{name}-desktop.png</c> and <c>{name}-phone.png</c>, at 1280×900 and 390×844;
    /// the page is left at the width it had. The page must already show what is to be looked at.
    /// </summary>
    public static async Task AssertAtBothWidthsAsync(IPage page, string name)
    {
        var original = page.ViewportSize;
        foreach (var (width, height, suffix) in new[] { (DesktopWidth, DesktopHeight, "desktop"), (PhoneWidth, PhoneHeight, "phone") })
        {
            await page.SetViewportSizeAsync(width, height);
            await Person.SettledAsync(page);
            Assert.False(await Person.ScrollsSidewaysAsync(page), $"{name} scrolls sideways at {width}px: {await Person.WiderThanTheWindowAsync(page)}");
            await AssertNoViolationsAsync(page);
            await BrowserApp.ScreenshotAsync(page, $"{name}-{suffix}");
        }

        if (original is not null)
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join('\n', violations.Select(violation =>
            $"- {violation.Id} ({violation.Impact}): {violation.Help} — "
            + string.Join(", ", violation.Nodes.Take(5).Select(node => node.Target.ToString()))));
}
