using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

public sealed class SignInTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string NewEmail() => $"person-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task A_sign_in_link_signs_in_once_and_never_twice()
    {
        var email = NewEmail();
        using (var start = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        // The same link open in two browsers (or replayed by whoever saw it): the second press comes too late.
        var link = Mailbox.LatestSignInLink(app.DataDirectory, email);
        var (browser, other) = (SignedInUser.NotSignedIn(app.Http, email), SignedInUser.NotSignedIn(app.Http, email));
        var (form, otherForm) = (await browser.ReadSignInFormAsync(link), await other.ReadSignInFormAsync(link));
        using var first = await browser.PostSignInFormAsync(form);
        using var second = await other.PostSignInFormAsync(otherForm);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal("/onboarding", first.Headers.Location?.OriginalString);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("creo_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.False(second.Headers.Contains("Set-Cookie") && second.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("creo_session=", StringComparison.Ordinal)));
        var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.EndsWith("/sign-in-link-invalid", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Opening_a_link_shows_whose_sign_in_it_is_and_spends_nothing()
    {
        var email = NewEmail();
        await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel);
        var link = new Uri(Mailbox.LatestSignInLink(app.DataDirectory, email));

        // A mail scanner fetches the link, perhaps more than once, before the person clicks it.
        for (var fetch = 0; fetch < 2; fetch++)
        {
            using var page = await app.Http.GetAsync(link.PathAndQuery, Cancel);
            var html = await page.Content.ReadAsStringAsync(Cancel);
            var text = WebUtility.HtmlDecode(html);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Sign in to Crëo as <strong", html, StringComparison.Ordinal);
            Assert.Contains($"{email[0]}…@example.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain(email, text, StringComparison.Ordinal);
            Assert.False(page.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("creo_session=", StringComparison.Ordinal)));
        }

        using var signIn = await SignedInUser.NotSignedIn(app.Http, email).OpenSignInLinkAsync(link.ToString());
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_pages_antiforgery_token_signs_nobody_in()
    {
        // Login CSRF: the attacker's own link, posted by the attacker's page from the victim's browser.
        var attacker = NewEmail();
        await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email = attacker }, Cancel);
        var token = Mailbox.LatestSignInToken(app.DataDirectory, attacker);

        using var forged = await app.Http.PostAsync(SignedInUser.SignInLinkPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("creo_session=", StringComparison.Ordinal)));
        using var honest = await SignedInUser.NotSignedIn(app.Http, attacker).OpenSignInLinkAsync(Mailbox.LatestSignInLink(app.DataDirectory, attacker));
        Assert.Equal(HttpStatusCode.SeeOther, honest.StatusCode);
    }

    [Fact]
    public async Task Once_onboarded_a_sign_in_link_lands_in_the_studio()
    {
        var email = NewEmail();
        var user = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, email);
        await user.OnboardAsync();
        using (var start = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        using var verify = await SignedInUser.NotSignedIn(app.Http, email).OpenSignInLinkAsync(Mailbox.LatestSignInLink(app.DataDirectory, email));

        Assert.Equal(HttpStatusCode.SeeOther, verify.StatusCode);
        Assert.Equal("/studio", verify.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_link_older_than_15_minutes_or_forged_opens_nothing()
    {
        var email = NewEmail();
        await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel);
        var browser = SignedInUser.NotSignedIn(app.Http, email);
        var form = await browser.ReadSignInFormAsync(Mailbox.LatestSignInLink(app.DataDirectory, email));

        using var forgedPage = await app.Http.GetAsync("/api/auth/email/verify?token=" + new string('A', 43), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, forgedPage.StatusCode);
        Assert.DoesNotContain("<form method=\"post\" action=\"/api/auth/email/verify\"", await forgedPage.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var forged = await browser.PostSignInFormAsync(new Dictionary<string, string>(form) { ["token"] = new string('A', 43) });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);

        app.App.Clock.Advance(TimeSpan.FromMinutes(15));
        using var expired = await browser.PostSignInFormAsync(form);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
    }

    [Fact]
    public async Task Asking_for_a_link_answers_the_same_whether_or_not_the_account_exists()
    {
        var existing = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, NewEmail());

        using var known = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email = existing.Email }, Cancel);
        using var unknown = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email = NewEmail() }, Cancel);

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(Cancel), await unknown.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task A_malformed_address_is_a_400_with_errors_and_mails_nothing()
    {
        using var response = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email = "not-an-address" }, Cancel);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
        Assert.Empty(Mailbox.To(app.DataDirectory, "not-an-address"));
    }

    [Fact]
    public async Task The_mailed_link_and_the_address_are_the_only_places_the_token_appears()
    {
        var email = NewEmail();
        await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel);
        var token = Mailbox.LatestSignInToken(app.DataDirectory, email);

        Assert.False(await DatabaseText.ContainsAsync(app.Database, token), "the raw sign-in token must not be stored");
    }
}
