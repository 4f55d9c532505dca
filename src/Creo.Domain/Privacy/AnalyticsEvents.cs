using System.Text.RegularExpressions;

namespace Creo.Domain.Privacy;

/// <summary>
/// What an analytics event may say (policy sections 08 and 09, "anonymized usage signals"): a known event name and
/// one of the app's own pages, named by its route, never a free-text value and never a query string. A page that
/// shows one record (a generation) is named by its pattern, so no id reaches the counts.
/// </summary>
public static partial class AnalyticsEvents
{
    public const string PageView = "page_view";

    public const int MaxNameLength = 32;

    public const int MaxPageLength = 64;

    public static readonly IReadOnlyList<string> Names = [PageView];

    /// <summary>Every page a page view may name: the app's own routes, as the counts show them.</summary>
    public static readonly IReadOnlyList<string> Pages =
    [
        "/", "/studio", "/gallery", "/generations/{id}", "/credits", "/billing", "/account", "/privacy", "/onboarding", "/signout",
    ];

    public static bool IsKnownName(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    public static bool IsKnownPage(string? page) => page is not null && Pages.Contains(page, StringComparer.Ordinal);

    /// <summary>
    /// The page a request path counts as, or null for a path that is not one of <see cref="Pages"/>: a generation's
    /// own address becomes <c>/generations/{id}</c>.
    /// </summary>
    public static string? PageOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 200)
        {
            return null;
        }

        var trimmed = path.Length > 1 ? path.TrimEnd('/').ToLowerInvariant() : path;
        if (GenerationPath().IsMatch(trimmed))
        {
            return "/generations/{id}";
        }

        return IsKnownPage(trimmed) ? trimmed : null;
    }

    [GeneratedRegex("^/generations/[0-9a-f-]{32,36}$", RegexOptions.CultureInvariant)]
    private static partial Regex GenerationPath();
}
