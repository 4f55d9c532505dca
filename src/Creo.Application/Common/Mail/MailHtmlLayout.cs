using System.Net;

namespace Creo.Application.Common.Mail;

/// <summary>
/// The HTML part's frame, in the site's look (the light palette of wwwroot/css/tokens.css and its system font stack).
/// Mail clients drop style sheets, so every style is inline, and the layout is tables, which they all still render.
/// </summary>
internal static class MailHtmlLayout
{
    public const string Background = "#fbfaf8";
    public const string Surface = "#ffffff";
    public const string Text = "#1d1b20";
    public const string Muted = "#55505c";
    public const string Accent = "#5b3fd6";
    public const string AccentText = "#ffffff";
    public const string Border = "#dcd8e0";
    public const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

    public const string ParagraphStyle = $"margin:0 0 16px;font-size:16px;line-height:1.5;color:{Text};";
    public const string SmallStyle = $"margin:0 0 16px;font-size:13px;line-height:1.5;color:{Muted};";
    public const string LinkStyle = $"color:{Accent};text-decoration:underline;word-break:break-all;";
    public const string ButtonStyle =
        $"display:inline-block;padding:12px 20px;border-radius:12px;background:{Accent};color:{AccentText};font-weight:600;text-decoration:none;";

    public static string Wrap(string subject, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(subject)}</title></head>
        <body style="margin:0;padding:0;background:{Background};font-family:{Font};color:{Text};">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:{Background};">
        <tr><td align="center" style="padding:24px 12px;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:{Surface};border:1px solid {Border};border-radius:12px;">
        <tr><td style="padding:24px 28px 8px;font-size:22px;font-weight:700;color:{Accent};">Crëo</td></tr>
        <tr><td style="padding:8px 28px 12px;">{body}</td></tr>
        </table>
        <p style="margin:16px 0 0;font-size:13px;color:{Muted};">Crëo, the AI creative studio. You get this mail because of your Crëo account.</p>
        </td></tr>
        </table>
        </body>
        </html>
        """;
}
