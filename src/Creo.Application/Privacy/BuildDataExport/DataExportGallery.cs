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

    public static string Profile(ExportTables tables)
    {
        var html = new StringBuilder("<section id=\"you\" aria-labelledby=\"you-title\">\n<h2 id=\"you-title\">Who you are</h2>\n");
        var user = tables.Rows("accounts", "users").FirstOrDefault();
        if (user.ValueKind != JsonValueKind.Object)
        {
            return html.Append("<p>No account record was found.</p>\n</section>\n").ToString();
        }

        var balance = tables.Rows("credits", "credit_accounts").Select(a => Number(a, "balance")).FirstOrDefault();
        html.Append("<dl class=\"facts\">\n");
        Fact(html, "Name", Encode(Text(user, "name") ?? "—"));
        Fact(html, "Email", Encode(Text(user, "email")));
        Fact(html, "Signs in with", Text(user, "authMethod") == "Google" ? "Google" : "A link mailed to this address");
        Fact(html, "Account since", Day(Time(user, "createdAt")));
        Fact(html, "Age confirmed", Time(user, "ageConfirmedAt") is { } confirmed ? $"16 or older, on {Day(confirmed)}" : "Not yet");
        Fact(html, "Credits", balance is { } credits ? Encode(credits.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)) : "—");
        Fact(html, "Generations", tables.Rows("generations", "generations").Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return html.Append("</dl>\n</section>\n").ToString();
    }

    public static string Generations(ExportTables tables)
    {
        var generations = tables.Rows("generations", "generations");
        var html = new StringBuilder("<section id=\"generations\" aria-labelledby=\"generations-title\">\n<h2 id=\"generations-title\">Your generations</h2>\n");
        if (generations.Count == 0)
        {
            return html.Append("<p>You have not made anything yet.</p>\n</section>\n").ToString();
        }

        var outputs = tables.Rows("generations", "generation_outputs").ToLookup(o => Text(o, "generationId"), StringComparer.OrdinalIgnoreCase);
        html.Append("<p class=\"muted\">Newest first. Each picture opens at full size from the <code>media</code> folder beside this page.</p>\n<ul class=\"gallery\">\n");
        var number = 0;
        foreach (var generation in generations.Reverse())
        {
            number++;
            var prompt = Text(generation, "prompt") ?? string.Empty;
            var alt = $"Image {number}: {(prompt.Length > AltPromptLength ? prompt[..AltPromptLength] + "…" : prompt)}";
            html.Append("<li>\n<figure>\n");
            var shown = outputs[Text(generation, "id")].OrderBy(o => Number(o, "index")).ToList();
            html.Append(shown.Count == 0 ? Placeholder(Text(generation, "status")) : Picture(tables, shown[0], alt));
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
                html.Append(" · <a href=\"").Append(Encode(tables.PathOf(Text(more, "storageKey")))).Append("\">another output</a>");
            }

            html.Append("</p>\n</figcaption>\n</figure>\n</li>\n");
        }

        return html.Append("</ul>\n</section>\n").ToString();
    }

    public static string Uploads(ExportTables tables)
    {
        var uploads = tables.Rows("generations", "uploads");
        var html = new StringBuilder("<section id=\"uploads\" aria-labelledby=\"uploads-title\">\n<h2 id=\"uploads-title\">Images you uploaded</h2>\n");
        if (uploads.Count == 0)
        {
            return html.Append("<p>You have not uploaded any images.</p>\n</section>\n").ToString();
        }

        html.Append("<ul class=\"gallery gallery-small\">\n");
        var number = 0;
        foreach (var upload in uploads.Reverse())
        {
            number++;
            html.Append("<li>\n<figure>\n").Append(Picture(tables, upload, $"Upload {number}"))
                .Append("<figcaption class=\"muted\">").Append(When(Time(upload, "createdAt"))).Append("</figcaption>\n</figure>\n</li>\n");
        }

        return html.Append("</ul>\n</section>\n").ToString();
    }

    /// <summary>A stored file as a thumbnail that opens it; a video (or a file that was not copied) as words.</summary>
    private static string Picture(ExportTables tables, JsonElement row, string alt)
    {
        var path = tables.PathOf(Text(row, "storageKey"));
        if (path is null)
        {
            return "<div class=\"thumb thumb-empty\">The file could not be copied (see README.txt)</div>\n";
        }

        return Text(row, "contentType")?.StartsWith("image/", StringComparison.Ordinal) == true
            ? $"<a class=\"thumb\" href=\"{Encode(path)}\"><img src=\"{Encode(path)}\" alt=\"{Encode(alt)}\" loading=\"lazy\"></a>\n"
            : $"<a class=\"thumb thumb-empty\" href=\"{Encode(path)}\">Open the video<span class=\"visually-hidden\"> {Encode(alt)}</span></a>\n";
    }

    private static string Placeholder(string? status) =>
        $"<div class=\"thumb thumb-empty\">{(status is "Failed" or "Canceled" ? "No image: it was not made" : "No image yet")}</div>\n";

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<div><dt>").Append(term).Append("</dt><dd>").Append(value).Append("</dd></div>\n");
}
