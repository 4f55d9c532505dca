using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// <c>index.html</c>: every table of the archive with its rows, and the media, for a person to read in a browser.
/// Every value is HTML-encoded — a prompt is the person's own text, and the page must show it, never run it.
/// </summary>
internal static class DataExportIndexPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".gif"];

    public static async Task WriteAsync(Stream stream, IReadOnlyList<ArchivedTable> tables, IReadOnlyList<PersonalDataFile> media, DateTimeOffset exportedAt)
    {
        await using var page = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        var mediaByKey = media.ToDictionary(m => m.StorageKey, m => m.ArchivePath, StringComparer.Ordinal);
        await page.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Your Crëo data</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d1d1f; }
            .rows { overflow-x: auto; margin-bottom: 2rem; }
            table { border-collapse: collapse; font-size: .85rem; }
            th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            td { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 14ch; max-width: 40rem; }
            .media img { max-width: 16rem; display: block; }
            </style>
            </head>
            <body>
            <h1>Your Crëo data</h1>
            <p>Everything Crëo held about your account on {{Html.Encode(exportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))}} UTC.
            The same data is in the JSON files beside this page, one per table, for any program to read; <a href="README.txt">README.txt</a> explains them.</p>

            """);
        await page.WriteLineAsync("<nav><ul>");
        foreach (var table in tables)
        {
            await page.WriteLineAsync($"<li><a href=\"#{Html.Encode(Anchor(table))}\">{Html.Encode(table.Module)} / {Html.Encode(table.Name)}</a> ({table.Rows.Count})</li>");
        }

        await page.WriteLineAsync("<li><a href=\"#media\">media</a></li></ul></nav>");
        foreach (var table in tables)
        {
            await WriteTableAsync(page, table, mediaByKey);
        }

        await WriteMediaAsync(page, media);
        await page.WriteLineAsync("</body>\n</html>");
    }

    private static async Task WriteTableAsync(StreamWriter page, ArchivedTable table, IReadOnlyDictionary<string, string> mediaByKey)
    {
        await page.WriteLineAsync(
            $"<h2 id=\"{Html.Encode(Anchor(table))}\">{Html.Encode(table.Module)} / {Html.Encode(table.Name)}</h2>\n<p><a href=\"{Html.Encode(table.Path)}\">{Html.Encode(table.Path)}</a></p>");
        if (table.Rows.Count == 0)
        {
            await page.WriteLineAsync("<p>Nothing is stored here about you.</p>");
            return;
        }

        var columns = table.Rows.SelectMany(row => row.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
        var html = new StringBuilder("<div class=\"rows\"><table>\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(Html.Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                html.Append("<td>").Append(row.TryGetProperty(column, out var value) ? Cell(value, mediaByKey) : string.Empty).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>");
        await page.WriteLineAsync(html.ToString());
    }

    private static async Task WriteMediaAsync(StreamWriter page, IReadOnlyList<PersonalDataFile> media)
    {
        await page.WriteLineAsync("<h2 id=\"media\">media</h2>");
        if (media.Count == 0)
        {
            await page.WriteLineAsync("<p>You have no stored images or videos.</p>");
            return;
        }

        await page.WriteLineAsync("<ul class=\"media\">");
        foreach (var file in media)
        {
            var path = Html.Encode(file.ArchivePath);
            var preview = ImageExtensions.Any(e => file.ArchivePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? $"<img src=\"{path}\" alt=\"\" loading=\"lazy\">" : string.Empty;
            await page.WriteLineAsync($"<li><a href=\"{path}\">{preview}{path}</a></li>");
        }

        await page.WriteLineAsync("</ul>");
    }

    /// <summary>A value as text; a stored object's key links to its copy in the archive.</summary>
    private static string Cell(JsonElement value, IReadOnlyDictionary<string, string> mediaByKey) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String when mediaByKey.TryGetValue(value.GetString()!, out var path) =>
            $"<a href=\"{Html.Encode(path)}\">{Html.Encode(value.GetString()!)}</a>",
        JsonValueKind.String => Html.Encode(value.GetString()!),
        _ => Html.Encode(value.GetRawText()),
    };

    private static string Anchor(ArchivedTable table) => $"{table.Module}-{table.Name}";
}
