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
            await page.WriteLineAsync($"<li><a href=\"#{Encode(Anchor(table))}\">{Encode(Title(table))}</a> ({table.Count})</li>");
        }

        await page.WriteLineAsync("<li><a href=\"#media\">Media files</a></li>\n</ul>");
        foreach (var table in tables.All)
        {
            await WriteTableAsync(page, table, tables);
        }

        await WriteMediaAsync(page, tables);
        await page.WriteLineAsync("</section>");
    }

    /// <summary>Rows as they are read; the columns are the first row's (every row of a table has the same).</summary>
    private static async Task WriteTableAsync(StreamWriter page, ArchivedTable table, ExportTables tables)
    {
        await page.WriteLineAsync(
            $"<h3 id=\"{Encode(Anchor(table))}\">{Encode(Title(table))}</h3>\n<p><a href=\"{Encode(table.Path)}\">{Encode(table.Path)}</a></p>");
        if (table.Count == 0)
        {
            await page.WriteLineAsync("<p class=\"muted\">Nothing is stored here about you.</p>");
            return;
        }

        List<string>? columns = null;
        var html = new StringBuilder();
        await foreach (var row in tables.Rows(table.Module, table.Name))
        {
            if (columns is null)
            {
                columns = [.. row.Values.EnumerateObject().Select(p => p.Name)];
                html.Append($"<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{Encode(Title(table))}\"><table class=\"raw\">\n<thead><tr>");
                foreach (var column in columns)
                {
                    html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
                }

                html.Append("</tr></thead>\n<tbody>\n");
            }

            html.Append("<tr>");
            foreach (var column in columns)
            {
                html.Append("<td>").Append(row.Values.TryGetProperty(column, out var value) ? Cell(value, tables, row) : string.Empty).Append("</td>");
            }

            html.Append("</tr>\n");
            await page.WriteAsync(html);
            html.Clear();
        }

        await page.WriteLineAsync(columns is null ? "<p class=\"muted\">Nothing is stored here about you.</p>" : "</tbody>\n</table></div>");
    }

    private static async Task WriteMediaAsync(StreamWriter page, ExportTables tables)
    {
        await page.WriteLineAsync("<h3 id=\"media\">Media files</h3>");
        if (tables.CopiedFiles == 0)
        {
            await page.WriteLineAsync("<p class=\"muted\">You have no stored images or videos.</p>");
            return;
        }

        await page.WriteLineAsync("<ul class=\"files\">");
        await foreach (var file in tables.Files(copiedOnly: true))
        {
            await page.WriteLineAsync($"<li><a href=\"{Encode(file.ArchivePath)}\">{Encode(file.ArchivePath)}</a></li>");
        }

        await page.WriteLineAsync("</ul>");
    }

    /// <summary>A value as text; a stored object's key links to its copy in the archive.</summary>
    private static string Cell(JsonElement value, ExportTables tables, ExportRow row) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String when tables.PathOf(row, value.GetString()) is { } path =>
            $"<a href=\"{Encode(path)}\">{Encode(value.GetString()!)}</a>",
        JsonValueKind.String => Encode(value.GetString()!),
        _ => Encode(value.GetRawText()),
    };

    private static string Title(ArchivedTable table) => $"{table.Module} / {table.Name}";

    private static string Anchor(ArchivedTable table) => $"{table.Module}-{table.Name}";
}
