using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Creo.Testing;

/// <summary>
/// A mail read back from the pickup directory or the SMTP stand-in, checked for the shape every Crëo mail has:
/// multipart/alternative with the plain text first and the HTML second, and the same links in both.
/// </summary>
public sealed partial record MailParts(string Text, string Html, IReadOnlyList<string> TextLinks, IReadOnlyList<string> HtmlLinks)
{
    public static MailParts Of(MimeMessage message)
    {
        if (message.Body is not MultipartAlternative { Count: 2 } alternative
            || alternative[0] is not TextPart { IsPlain: true } text
            || alternative[1] is not TextPart { IsHtml: true } html)
        {
            throw new InvalidOperationException($"'{message.Subject}' is not multipart/alternative with text then HTML: {message.Body?.ContentType.MimeType}.");
        }

        var textLinks = TextLink().Matches(text.Text).Select(m => m.Value.TrimEnd('.', ',', ')')).Distinct().ToList();
        var htmlLinks = Href().Matches(html.Text).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        var parts = new MailParts(text.Text, html.Text, textLinks, htmlLinks);
        if (!textLinks.Order(StringComparer.Ordinal).SequenceEqual(htmlLinks.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException(
                $"'{message.Subject}' links differ: text [{string.Join(", ", textLinks)}], HTML [{string.Join(", ", htmlLinks)}].");
        }

        return parts;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex TextLink();

    [GeneratedRegex(@"href=""([^""]*)""")]
    private static partial Regex Href();
}
