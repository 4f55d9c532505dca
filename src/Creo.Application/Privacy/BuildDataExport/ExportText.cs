using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// Reading one archived row's values and writing them for <c>index.html</c>. Everything that leaves here for the page
/// is HTML-encoded: names, prompts and reasons are people's own text, and the page must show them, never run them.
/// </summary>
internal static class ExportText
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Encode(string? text) => text is null ? string.Empty : Html.Encode(text);

    /// <summary>The row's value as plain text (null when missing or null); numbers and flags as JSON writes them.</summary>
    public static string? Text(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            }
            : null;

    public static long? Number(JsonElement row, string name) =>
        long.TryParse(Text(row, name), NumberStyles.Integer, Invariant, out var number) ? number : null;

    public static bool Flag(JsonElement row, string name) => Text(row, name) == "true";

    public static DateTimeOffset? Time(JsonElement row, string name) =>
        DateTimeOffset.TryParse(Text(row, name), Invariant, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>A moment as a person reads it, in UTC (the archive does not know where they live), inside <c>&lt;time&gt;</c>.</summary>
    public static string When(DateTimeOffset? moment) => moment is { } at
        ? $"<time datetime=\"{at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", Invariant)}\">{at.UtcDateTime.ToString("d MMM yyyy, HH:mm", Invariant)} UTC</time>"
        : "—";

    public static string Day(DateTimeOffset? moment) => moment is { } at
        ? $"<time datetime=\"{at.UtcDateTime.ToString("yyyy-MM-dd", Invariant)}\">{at.UtcDateTime.ToString("d MMM yyyy", Invariant)}</time>"
        : "—";

    /// <summary>A whole number of credits with its sign, so what came in and what went out read apart.</summary>
    public static string Signed(long amount) => amount.ToString("+#,0;−#,0;0", Invariant);

    /// <summary>An amount in the currency's minor unit (cents), as money.</summary>
    public static string Money(long? minorUnits, string? currency) => minorUnits is { } cents
        ? $"{(cents / 100m).ToString("#,0.00", Invariant)} {Encode(currency?.ToUpperInvariant())}".TrimEnd()
        : "—";

    /// <summary>An enum name (<c>ProductEmails</c>) as words (<c>Product emails</c>).</summary>
    public static string Words(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "—";
        }

        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-')
            {
                words.Append(' ');
            }
            else if (i > 0 && char.IsUpper(c))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return Encode(words.ToString());
    }

    /// <summary>A browser's user agent, shortened to the part people recognise (the full text is in the raw tables).</summary>
    public static string Browser(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Unknown browser";
        }

        string[] known = ["Edg", "Firefox", "Chrome", "Safari"];
        var name = known.FirstOrDefault(k => userAgent.Contains(k + "/", StringComparison.Ordinal));
        string[] systems = ["Windows", "Android", "iPhone", "iPad", "Mac OS X", "Linux"];
        var system = systems.FirstOrDefault(s => userAgent.Contains(s, StringComparison.Ordinal));
        var browser = name switch { "Edg" => "Edge", null => userAgent.Length > 40 ? userAgent[..40] + "…" : userAgent, _ => name };
        return Encode(system is null ? browser : $"{browser} on {(system == "Mac OS X" ? "macOS" : system)}");
    }
}
