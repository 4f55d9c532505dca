using System.Text.RegularExpressions;

namespace Creo.Application.Common.Mail;

/// <summary>
/// The one renderer every mail goes through: a template is the mail's plain text with <c>{{name}}</c> placeholders,
/// and the same template makes both parts, so they always say the same thing and carry the same links.
/// <list type="bullet">
/// <item><c>{{name}}</c>: a value, inserted raw in the text part and HTML-encoded in the HTML part (line breaks kept).</item>
/// <item><c>{{link:name}}</c>: a link, which must be http(s) under our public base URL; a line holding only a link
/// becomes a button (<c>{{link:name|Label}}</c> names it). Without a configured base a link is a bare path, shown as text.</item>
/// <item>Blank lines separate paragraphs. The HTML part reflows a paragraph's lines, unless a line ends in a
/// backslash, which keeps the break there (the text part drops the backslash).</item>
/// </list>
/// Values are inserted in one pass and never read as template, so a name like <c>{{link:x}}</c> stays text.
/// </summary>
public static partial class MailTemplate
{
    public static OutgoingMail Compose(string to, string subject, string template, IReadOnlyDictionary<string, string> values, string? linkBase)
    {
        var paragraphs = Normalize(template).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join("\n\n", paragraphs.Select(p => RenderText(p, values, linkBase))) + "\n";
        var html = MailHtmlLayout.Wrap(subject, string.Concat(paragraphs.Select(p => MailHtmlParts.Paragraph(p, values, linkBase))));
        return new OutgoingMail(to, subject, text, html);
    }

    /// <summary>The greeting line: by name when we know one, which is a value like any other (encoded in HTML).</summary>
    public static string Hello(string? name) => string.IsNullOrWhiteSpace(name) ? "Hello," : $"Hello {name},";

    private static string Normalize(string template) => template.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string RenderText(string paragraph, IReadOnlyDictionary<string, string> values, string? linkBase) =>
        Placeholder().Replace(
            paragraph.Replace("\\\n", "\n", StringComparison.Ordinal).TrimEnd('\\'),
            match => match.Groups["link"].Success ? Link(match.Groups["name"].Value, values, linkBase) : Value(match.Groups["name"].Value, values));

    internal static string Value(string name, IReadOnlyDictionary<string, string> values) =>
        values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"The mail template names {{{{{name}}}}}, which has no value.");

    /// <summary>
    /// The link as sent: an absolute http(s) URL under <paramref name="linkBase"/>, or, with no base configured, a
    /// path on our site. Anything else is a bug in the caller, never something to put in front of a person.
    /// </summary>
    internal static string Link(string name, IReadOnlyDictionary<string, string> values, string? linkBase)
    {
        var url = Value(name, values);
        if (string.IsNullOrWhiteSpace(linkBase))
        {
            return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
                ? url
                : throw new InvalidOperationException($"The mail link {name} is not a path on our site.");
        }

        var prefix = linkBase.TrimEnd('/') + "/";
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && uri.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? url
            : throw new InvalidOperationException($"The mail link {name} is not under our public base URL.");
    }

    internal static bool IsAbsolute(string link) => link.StartsWith("http", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\{(?<link>link:)?(?<name>[A-Za-z][A-Za-z0-9]*)(\|(?<label>[^}]+))?\}\}")]
    internal static partial Regex Placeholder();
}
