using Creo.Application.Common.Mail;
using Creo.Application.Common.Ports;
using Creo.Testing;
using MimeKit;

namespace Creo.Application.Tests.Common;

/// <summary>The mail renderer on its own: what it encodes, which links it lets through, and what it refuses.</summary>
public sealed class MailTemplateTests
{
    private const string Base = "https://creo.example";

    [Fact]
    public void Values_are_encoded_in_html_raw_in_text_and_never_read_as_template()
    {
        const string name = "<b>Ada</b> \"&\" {{link:evil}}";
        var mail = Render("{{hello}}\n\nBye.", new() { ["hello"] = MailTemplate.Hello(name), ["evil"] = "javascript:alert(1)" });

        Assert.Contains($"Hello {name},", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hello &lt;b&gt;Ada&lt;/b&gt; &quot;&amp;&quot; {{link:evil}},", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", mail.HtmlBody + mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_line_is_a_button_with_the_same_address_as_the_text_part()
    {
        var mail = Render("Open it:\n\n{{link:go|Sign in}}", new() { ["go"] = Base + "/api/auth/email/verify?token=a&b" });

        var parts = MailParts.Of(MimeOf(mail));

        Assert.Equal([Base + "/api/auth/email/verify?token=a&b"], parts.TextLinks);
        Assert.Equal(parts.TextLinks, parts.HtmlLinks);
        Assert.Contains("href=\"https://creo.example/api/auth/email/verify?token=a&amp;b\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">Sign in</a>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://evil.example/phish")]
    [InlineData("https://creo.example.evil.example/x")]
    [InlineData("https://creo.example@evil.example/x")]
    [InlineData("ftp://creo.example/x")]
    [InlineData("//evil.example/x")]
    public void A_link_that_is_not_http_under_our_base_url_is_refused(string link)
    {
        Assert.Throws<InvalidOperationException>(() => Render("{{link:go}}", new() { ["go"] = link }));
    }

    [Fact]
    public void Without_a_base_url_a_link_is_a_path_shown_as_text()
    {
        var mail = MailTemplate.Compose("a@example.com", "S", "See {{link:go}}.", new Dictionary<string, string> { ["go"] = "/privacy/center" }, linkBase: null);

        Assert.Contains("See /privacy/center.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("href", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() =>
            MailTemplate.Compose("a@example.com", "S", "{{link:go}}", new Dictionary<string, string> { ["go"] = "//evil.example" }, linkBase: null));
    }

    [Fact]
    public void A_placeholder_without_a_value_is_a_bug_not_an_empty_mail()
    {
        Assert.Throws<InvalidOperationException>(() => Render("Hello {{name}}", new()));
    }

    [Fact]
    public void Paragraphs_reflow_in_html_unless_a_line_ends_with_a_backslash_and_a_value_keeps_its_line_breaks()
    {
        var mail = Render("One\ntwo\n\nWhen: now\\\nWhere: here\n\n{{note}}", new() { ["note"] = "line 1\nline <2>" });

        Assert.Equal("One\ntwo\n\nWhen: now\nWhere: here\n\nline 1\nline <2>\n", mail.TextBody);
        Assert.Contains(">One two</p>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">When: now<br>Where: here</p>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">line 1<br>line &lt;2&gt;</p>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_is_encoded_in_the_html_title()
    {
        var mail = MailTemplate.Compose("a@example.com", "<x>", "Hi.", new Dictionary<string, string>(), Base);

        Assert.Contains("<title>&lt;x&gt;</title>", mail.HtmlBody, StringComparison.Ordinal);
    }

    private static OutgoingMail Render(string template, Dictionary<string, string> values) =>
        MailTemplate.Compose("a@example.com", "Subject", template, values, Base);

    private static MimeMessage MimeOf(OutgoingMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }
}
