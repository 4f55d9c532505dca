namespace Creo.Web.Accounts;

/// <summary>
/// "Chrome on Linux" from a user agent: enough for a person to tell their sessions apart. Order matters,
/// since every Chromium browser also says Chrome and Safari, and Chrome also says Safari.
/// </summary>
public static class DeviceNames
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("HeadlessChrome/", "Headless Chrome"), ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("CrOS", "ChromeOS"),
        ("Windows", "Windows"), ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    /// <summary>Whether the user agent names a browser or system this class knows.</summary>
    public static bool Recognises(string? userAgent) =>
        !string.IsNullOrWhiteSpace(userAgent)
        && (Browsers.Any(b => userAgent.Contains(b.Token, StringComparison.Ordinal)) || Systems.Any(s => userAgent.Contains(s.Token, StringComparison.Ordinal)));

    public static string Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Unknown browser";
        }

        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return (browser, system) switch
        {
            // An API client or a tool: its own first word ("curl/8.5.0") says more than "unknown".
            (null, null) => FirstProduct(userAgent),
            (not null, null) => browser,
            (null, not null) => $"A browser on {system}",
            _ => $"{browser} on {system}",
        };
    }

    private static string FirstProduct(string userAgent)
    {
        var first = userAgent.Trim().Split(' ', 2)[0];
        return first.Length > 40 ? first[..40] + "…" : first;
    }
}
