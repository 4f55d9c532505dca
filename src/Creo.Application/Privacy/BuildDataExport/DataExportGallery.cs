using System.Text.Json;
using static Creo.Application.Privacy.BuildDataExport.ExportText;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// <c>index.html</c>'s first sections: who the archive is about, and what they made — every generation as a picture
/// from the archive's own <c>media/</c> folder (relative links, so the page works unzipped, offline), captioned by its
/// prompt, newest first; then the images they uploaded.
/// </summary>
internal static class DataExportGallery
{
    private const int AltPromptLength = 100;

    public static async Task ProfileAsync(StreamWriter page, ExportTables tables)
    {
        var html = new StringBuilder("<section id=\"you\" aria-labelledby=\"you-title\">\n<h2 id=\"you-title\">Who you are</h2>\n");
        if (await tables.FirstAsync("accounts", "users") is not { } row)
        {
            await page.WriteAsync(html.Append("<p>No account record was found.</p>\n</section>\n"));
            return;
        }

        var user = row.Values;
        var balance = await tables.FirstAsync("credits", "credit_accounts") is { } account ? Number(account.Values, "balance") : null;
        html.Append("<dl class=\"facts\">\n");
        Fact(html, "Name", Encode(Text(user, "name") ?? "—"));
        Fact(html, "Email", Encode(Text(user, "email")));
        Fact(html, "Signs in with", Text(user, "authMethod") == "Google" ? "Google" : "A link mailed to this address");
        Fact(html, "Account since", Day(Time(user, "createdAt")));
        Fact(html, "Age confirmed", Time(user, "ageConfirmedAt") is { } confirmed ? $"16 or older, on {Day(confirmed)}" : "Not yet");
        Fact(html, "Credits", balance is { } credits ? Encode(credits.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)) : "—");
        Fact(html, "Generations", tables.Count("generations", "generations").ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.WriteAsync(html.Append("</dl>\n</section>\n"));
    }

    /// <summary>Newest first; each generation's row (read newest first) carries its outputs in order, so one stream draws the gallery.</summary>
    public static async Task GenerationsAsync(StreamWriter page, ExportTables tables)
    {
        await page.WriteAsync("<section id=\"generations\" aria-labelledby=\"generations-title\">\n<h2 id=\"generations-title\">Your generations</h2>\n");
        if (tables.Count("generations", "generations") == 0)
        {
            await page.WriteAsync("<p>You have not made anything yet.</p>\n</section>\n");
            return;
        }

        await page.WriteAsync("<p class=\"muted\">Newest first. Each picture opens at full size from the <code>media</code> folder beside this page.</p>\n<ul class=\"gallery\">\n");
        var number = 0;
        var html = new StringBuilder();
        await foreach (var row in tables.Rows("generations", "generations", newestFirst: true))
        {
            number++;
            var generation = row.Values;
            var prompt = Text(generation, "prompt") ?? string.Empty;
            var alt = $"Image {number}: {(prompt.Length > AltPromptLength ? prompt[..AltPromptLength] + "…" : prompt)}";
            html.Append("<li>\n<figure>\n");
            var shown = generation.TryGetProperty("outputs", out var outputs) && outputs.ValueKind == JsonValueKind.Array ? outputs.EnumerateArray().ToList() : [];
            html.Append(shown.Count == 0 ? Placeholder(Text(generation, "status")) : Picture(tables, row, shown[0], alt));
            html.Append("<figcaption>\n<p class=\"prompt\">").Append(Encode(prompt)).Append("</p>\n<p class=\"muted\">")
                .Append(Encode(Text(generation, "modelId"))).Append(" · ")
                .Append(Encode($"{Text(generation, "width")}×{Text(generation, "height")}")).Append(" · ")
                .Append(When(Time(generation, "createdAt")));
            if (Text(generation, "status") is { } status && status != "Succeeded")
            {
                html.Append(" · ").Append(Words(status));
            }

            foreach (var more in shown.Skip(1))
            {
                html.Append(" · <a href=\"").Append(Encode(tables.PathOf(row, Text(more, "storageKey")))).Append("\">another output</a>");
            }

            html.Append("</p>\n</figcaption>\n</figure>\n</li>\n");
            await page.WriteAsync(html);
            html.Clear();
        }

        await page.WriteAsync("</ul>\n</section>\n");
    }

    public static async Task UploadsAsync(StreamWriter page, ExportTables tables)
    {
        await page.WriteAsync("<section id=\"uploads\" aria-labelledby=\"uploads-title\">\n<h2 id=\"uploads-title\">Images you uploaded</h2>\n");
        if (tables.Count("generations", "uploads") == 0)
        {
            await page.WriteAsync("<p>You have not uploaded any images.</p>\n</section>\n");
            return;
        }

        await page.WriteAsync("<ul class=\"gallery gallery-small\">\n");
        var number = 0;
        await foreach (var upload in tables.Rows("generations", "uploads", newestFirst: true))
        {
            number++;
            await page.WriteAsync($"<li>\n<figure>\n{Picture(tables, upload, upload.Values, $"Upload {number}")}<figcaption class=\"muted\">{When(Time(upload.Values, "createdAt"))}</figcaption>\n</figure>\n</li>\n");
        }

        await page.WriteAsync("</ul>\n</section>\n");
    }

    /// <summary>A stored file (named by <paramref name="file"/>, part of <paramref name="row"/>) as a thumbnail that opens it; a video (or a file that was not copied) as words.</summary>
    private static string Picture(ExportTables tables, ExportRow row, JsonElement file, string alt)
    {
        var path = tables.PathOf(row, Text(file, "storageKey"));
        if (path is null)
        {
            return "<div class=\"thumb thumb-empty\">The file could not be copied (see README.txt)</div>\n";
        }

        return Text(file, "contentType")?.StartsWith("image/", StringComparison.Ordinal) == true
            ? $"<a class=\"thumb\" href=\"{Encode(path)}\"><img src=\"{Encode(path)}\" alt=\"{Encode(alt)}\" loading=\"lazy\"></a>\n"
            : $"<a class=\"thumb thumb-empty\" href=\"{Encode(path)}\">Open the video<span class=\"visually-hidden\"> {Encode(alt)}</span></a>\n";
    }

    private static string Placeholder(string? status) =>
        $"<div class=\"thumb thumb-empty\">{(status is "Failed" or "Canceled" ? "No image: it was not made" : "No image yet")}</div>\n";

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<div><dt>").Append(term).Append("</dt><dd>").Append(value).Append("</dd></div>\n");
}
