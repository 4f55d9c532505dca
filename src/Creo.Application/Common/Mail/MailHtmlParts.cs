using System.Net;

namespace Creo.Application.Common.Mail;

/// <summary>One template paragraph as HTML: literal text and values encoded, links as anchors (or a button).</summary>
internal static class MailHtmlParts
{
    public static string Paragraph(string paragraph, IReadOnlyDictionary<string, string> values, string? linkBase)
    {
        var button = MailTemplate.Placeholder().Match(paragraph);
        if (button.Success && button.Value == paragraph && button.Groups["link"].Success)
        {
            return Button(MailTemplate.Link(button.Groups["name"].Value, values, linkBase), button.Groups["label"].Success ? button.Groups["label"].Value : null);
        }

        var lines = paragraph.Split('\n');
        var html = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var hardBreak = line.EndsWith('\\');
            html.Append(Line(hardBreak ? line[..^1] : line, values, linkBase));
            if (i < lines.Length - 1)
            {
                html.Append(hardBreak ? "<br>" : " ");
            }
        }

        return $"<p style=\"{MailHtmlLayout.ParagraphStyle}\">{html}</p>";
    }

    private static string Line(string line, IReadOnlyDictionary<string, string> values, string? linkBase)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match match in MailTemplate.Placeholder().Matches(line))
        {
            html.Append(WebUtility.HtmlEncode(line[at..match.Index]));
            var name = match.Groups["name"].Value;
            html.Append(match.Groups["link"].Success ? Anchor(MailTemplate.Link(name, values, linkBase)) : Encoded(MailTemplate.Value(name, values)));
            at = match.Index + match.Length;
        }

        html.Append(WebUtility.HtmlEncode(line[at..]));
        return html.ToString();
    }

    /// <summary>A value keeps its own line breaks (a breach notice, an answer from support), and nothing else of its own.</summary>
    private static string Encoded(string value) =>
        WebUtility.HtmlEncode(value.Replace("\r\n", "\n", StringComparison.Ordinal)).Replace("\n", "<br>", StringComparison.Ordinal);

    private static string Anchor(string link) =>
        MailTemplate.IsAbsolute(link)
            ? $"<a href=\"{WebUtility.HtmlEncode(link)}\" style=\"{MailHtmlLayout.LinkStyle}\">{WebUtility.HtmlEncode(link)}</a>"
            : WebUtility.HtmlEncode(link);

    private static string Button(string link, string? label)
    {
        if (!MailTemplate.IsAbsolute(link))
        {
            return $"<p style=\"{MailHtmlLayout.ParagraphStyle}\">{WebUtility.HtmlEncode(link)}</p>";
        }

        var encoded = WebUtility.HtmlEncode(link);
        return $"<p style=\"{MailHtmlLayout.ParagraphStyle}\"><a href=\"{encoded}\" style=\"{MailHtmlLayout.ButtonStyle}\">{WebUtility.HtmlEncode(label ?? link)}</a></p>"
            + $"<p style=\"{MailHtmlLayout.SmallStyle}\">Or paste this address into your browser: <span style=\"word-break:break-all;\">{encoded}</span></p>";
    }
}
