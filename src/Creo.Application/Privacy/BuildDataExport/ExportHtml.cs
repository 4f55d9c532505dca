namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// The pieces <c>index.html</c>'s sections are made of, written straight to the page as the rows are read: a section's
/// opening and close, and a captioned table that scrolls inside its own box on a narrow screen, never the page.
/// </summary>
internal static class ExportHtml
{
    public static Task OpenAsync(StreamWriter page, string id, string title, string? lead) =>
        page.WriteAsync($"<section id=\"{id}\" aria-labelledby=\"{id}-title\">\n<h2 id=\"{id}-title\">{title}</h2>\n" + (lead is null ? string.Empty : $"<p>{lead}</p>\n"));

    public static Task CloseAsync(StreamWriter page) => page.WriteAsync("</section>\n");

    /// <summary>The table's rows come encoded by <paramref name="cells"/>; with no rows, <paramref name="empty"/> (or nothing).</summary>
    public static async Task TableAsync(
        StreamWriter page, string caption, string[] columns, IAsyncEnumerable<ExportRow> rows, Func<ExportRow, string[]> cells, string? empty = "Nothing here yet.")
    {
        var any = false;
        var html = new StringBuilder();
        await foreach (var row in rows)
        {
            if (!any)
            {
                any = true;
                html.Append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(caption).Append("\">\n<table>\n<caption>")
                    .Append(caption).Append("</caption>\n<thead><tr>");
                foreach (var column in columns)
                {
                    html.Append("<th scope=\"col\">").Append(column).Append("</th>");
                }

                html.Append("</tr></thead>\n<tbody>\n");
            }

            html.Append("<tr>");
            foreach (var cell in cells(row))
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>\n");
            await page.WriteAsync(html);
            html.Clear();
        }

        if (!any)
        {
            if (empty is not null)
            {
                await page.WriteAsync($"<p class=\"muted\">{empty}</p>\n");
            }

            return;
        }

        await page.WriteAsync("</tbody>\n</table>\n</div>\n");
    }
}
