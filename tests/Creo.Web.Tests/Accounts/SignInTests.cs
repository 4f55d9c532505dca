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

        var link = new Uri(Mailbox.LatestSignInLink(app.DataDirectory, email));
        using var first = await app.Http.GetAsync(link.PathAndQuery, Cancel);
        using var second = await app.Http.GetAsync(link.PathAndQuery, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
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
    public async Task Once_onboarded_a_sign_in_link_lands_in_the_studio()
    {
        var email = NewEmail();
        var user = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, email);
        await user.OnboardAsync();
        using (var start = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        var link = new Uri(Mailbox.LatestSignInLink(app.DataDirectory, email));
        using var verify = await app.Http.GetAsync(link.PathAndQuery, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, verify.StatusCode);
        Assert.Equal("/studio", verify.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_link_older_than_15_minutes_or_forged_opens_nothing()
    {
        var email = NewEmail();
        await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel);
        var link = new Uri(Mailbox.LatestSignInLink(app.DataDirectory, email));

        using var forged = await app.Http.GetAsync("/api/auth/email/verify?token=" + new string('A', 43), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        app.App.Clock.Advance(TimeSpan.FromMinutes(15));
        using var expired = await app.Http.GetAsync(link.PathAndQuery, Cancel);
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
