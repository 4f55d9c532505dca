using System.Net;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Accounts;

/// <summary>
/// Mail as it leaves the app (read back from the .eml pickup): a text and an HTML part, the same links in both, and a
/// person's own words — here a display name built to break out of HTML — encoded in the HTML part and raw in the text.
/// </summary>
public sealed class MailTemplateTests(EmbeddedStudioApp app) : IClassFixture<EmbeddedStudioApp>
{
    private const string Hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_sign_in_mail_has_both_parts_with_the_same_link_under_our_base_url()
    {
        var email = $"link-{Guid.NewGuid():N}@example.com";
        await SignedInUser.SignInAsync(app.Http, app.DataDirectory, email);

        var parts = MailParts.Of(Mailbox.To(app.DataDirectory, email).Single(m => m.Subject == "Your Crëo sign-in link"));

        var link = Assert.Single(parts.HtmlLinks);
        Assert.Equal(Mailbox.LatestSignInLink(app.DataDirectory, email), link);
        Assert.StartsWith(app.Http.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/api/auth/email/verify?token=", link, StringComparison.Ordinal);
        Assert.Contains("#5b3fd6", parts.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_display_name_is_encoded_in_every_html_part_and_raw_in_the_text()
    {
        var person = await app.NewPersonAsync();
        using (var renamed = await person.SendAsync(HttpMethod.Patch, "/api/me", new { name = Hostile }))
        {
            Assert.True(renamed.IsSuccessStatusCode, await renamed.Content.ReadAsStringAsync(Cancel));
        }

        await SignedInUser.SignInAsync(app.Http, app.DataDirectory, person.Email, "AnotherDevice/1.0");
        using (var deletion = await person.SendAsync(HttpMethod.Post, "/api/privacy/deletion"))
        {
            Assert.Equal(HttpStatusCode.Accepted, deletion.StatusCode);
        }

        var named = Mailbox.To(app.DataDirectory, person.Email).Where(m => m.Subject != "Your Crëo sign-in link").ToList();
        Assert.Equal(
            ["New sign-in to your Crëo account", "Your Crëo account will be deleted"],
            named.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.All(named, mail =>
        {
            var parts = MailParts.Of(mail);
            Assert.Contains($"Hello {Hostile},", parts.Text, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(Hostile), parts.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", parts.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", parts.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror=alert", parts.Html.Replace(WebUtility.HtmlEncode(Hostile), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        });
    }
}
