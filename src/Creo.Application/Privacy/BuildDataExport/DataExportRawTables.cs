using System.Text.Json;
using static Creo.Application.Privacy.BuildDataExport.ExportText;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// The end of <c>index.html</c>: every table of the archive with every column, as stored, and the list of media
/// files. Each wide table scrolls inside its own box, so the page itself never scrolls sideways.
/// </summary>
internal static class DataExportRawTables
{
    public static async Task WriteAsync(StreamWriter page, ExportTables tables)
    {
        await page.WriteLineAsync("""
            <section id="raw" aria-labelledby="raw-title">
            <h2 id="raw-title">All the data, table by table</h2>
            <p>Every value we store about you, as stored. The same rows are in the JSON file named under each table.</p>
            <ul class="toc">
            """);
        foreach (var table in tables.All)
        {
            await page.WriteLineAsync($"<li><a href=\"#{Encode(Anchor(table))}\">{Encode(Title(table))}</a> ({table.Rows.Count})</li>");
        }

        await page.WriteLineAsync("<li><a href=\"#media\">Media files</a></li>\n</ul>");
        foreach (var table in tables.All)
        {
            await WriteTableAsync(page, table, tables.PathsByKey);
        }

        await WriteMediaAsync(page, tables.Media);
        await page.WriteLineAsync("</section>");
    }

    private static async Task WriteTableAsync(StreamWriter page, ArchivedTable table, IReadOnlyDictionary<string, string> pathsByKey)
    {
        await page.WriteLineAsync(
            $"<h3 id=\"{Encode(Anchor(table))}\">{Encode(Title(table))}</h3>\n<p><a href=\"{Encode(table.Path)}\">{Encode(table.Path)}</a></p>");
        if (table.Rows.Count == 0)
        {
            await page.WriteLineAsync("<p class=\"muted\">Nothing is stored here about you.</p>");
            return;
        }

        var columns = table.Rows.SelectMany(row => row.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
        var html = new StringBuilder($"<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{Encode(Title(table))}\"><table class=\"raw\">\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                html.Append("<td>").Append(row.TryGetProperty(column, out var value) ? Cell(value, pathsByKey) : string.Empty).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>");
        await page.WriteLineAsync(html.ToString());
    }

    private static async Task WriteMediaAsync(StreamWriter page, IReadOnlyList<PersonalDataFile> media)
    {
        await page.WriteLineAsync("<h3 id=\"media\">Media files</h3>");
        if (media.Count == 0)
        {
            await page.WriteLineAsync("<p class=\"muted\">You have no stored images or videos.</p>");
            return;
        }

        await page.WriteLineAsync("<ul class=\"files\">");
        foreach (var file in media)
        {
            await page.WriteLineAsync($"<li><a href=\"{Encode(file.ArchivePath)}\">{Encode(file.ArchivePath)}</a></li>");
        }

        await page.WriteLineAsync("</ul>");
    }

    /// <summary>A value as text; a stored object's key links to its copy in the archive.</summary>
    private static string Cell(JsonElement value, IReadOnlyDictionary<string, string> pathsByKey) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String when pathsByKey.TryGetValue(value.GetString()!, out var path) =>
            $"<a href=\"{Encode(path)}\">{Encode(value.GetString()!)}</a>",
        JsonValueKind.String => Encode(value.GetString()!),
        _ => Encode(value.GetRawText()),
    };

    private static string Title(ArchivedTable table) => $"{table.Module} / {table.Name}";

    private static string Anchor(ArchivedTable table) => $"{table.Module}-{table.Name}";
}
