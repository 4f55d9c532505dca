using System.Net;
using System.Text.Json;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

public sealed class SessionTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private static string NewEmail() => $"person-{Guid.NewGuid():N}@example.com";

    private Task<SignedInUser> SignInAsync(string email, string? userAgent = null) => SignedInUser.SignInAsync(app.Http, app.DataDirectory, email, userAgent);

    [Fact]
    public async Task The_session_list_shows_this_browsers_ip_and_user_agent_and_marks_it_current()
    {
        var email = NewEmail();
        var laptop = await SignInAsync(email, "Mozilla/5.0 (X11; Linux) Laptop");
        await SignInAsync(email, "Mozilla/5.0 (iPhone) Phone");

        var sessions = await laptop.GetJsonAsync<JsonElement[]>("/api/me/sessions");

        Assert.Equal(2, sessions.Length);
        var current = Assert.Single(sessions, s => s.GetProperty("current").GetBoolean());
        Assert.Equal("Mozilla/5.0 (X11; Linux) Laptop", current.GetProperty("userAgent").GetString());
        Assert.Equal("127.0.0.1", current.GetProperty("ipAddress").GetString());
        Assert.All(sessions, s => Assert.True(s.TryGetProperty("lastSeenAt", out _) && s.TryGetProperty("createdAt", out _)));
    }

    [Fact]
    public async Task A_revoked_session_gets_401_on_its_next_request()
    {
        var email = NewEmail();
        var laptop = await SignInAsync(email);
        var phone = await SignInAsync(email, "Phone");
        var phoneSession = (await laptop.GetJsonAsync<JsonElement[]>("/api/me/sessions")).Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetString();
        app.App.Clock.Advance(TimeSpan.FromSeconds(1));

        using var revoke = await laptop.SendAsync(HttpMethod.Delete, $"/api/me/sessions/{phoneSession}");
        using var after = await phone.GetAsync("/api/me");
        using var stillIn = await laptop.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        var log = await laptop.GetJsonAsync<JsonElement[]>("/api/me/security-log");
        Assert.Equal("session-revoked", log[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server()
    {
        var user = await SignInAsync(NewEmail());
        var cookie = user.SessionCookie;

        using var signOut = await user.SendAsync(HttpMethod.Post, "/api/auth/signout");
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);

        // Replaying the old cookie by hand, as a thief who copied it would.
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        replay.Headers.Add("Cookie", $"creo_session={cookie}");
        using var response = await app.Http.SendAsync(replay, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unsafe_call_without_the_csrf_header_is_refused_and_changes_nothing()
    {
        var user = await SignInAsync(NewEmail());

        using var refused = await user.SendAsync(HttpMethod.Patch, "/api/me", new { name = "Mallory" }, withCsrf: false);
        var profile = await user.GetJsonAsync<JsonElement>("/api/me");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.EndsWith("/csrf-token-invalid", JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("type").GetString());
        Assert.NotEqual("Mallory", profile.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_second_account_can_neither_list_nor_revoke_the_first_ones_sessions()
    {
        var ada = await SignInAsync(NewEmail());
        var mallory = await SignInAsync(NewEmail());
        var adaSession = (await ada.GetJsonAsync<JsonElement[]>("/api/me/sessions")).Single().GetProperty("id").GetString();

        var mallorys = await mallory.GetJsonAsync<JsonElement[]>("/api/me/sessions");
        using var revoke = await mallory.SendAsync(HttpMethod.Delete, $"/api/me/sessions/{adaSession}");
        using var adaStillIn = await ada.GetAsync("/api/me");

        Assert.DoesNotContain(mallorys, s => s.GetProperty("id").GetString() == adaSession);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adaStillIn.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_from_a_new_device_mails_the_owner_but_the_first_does_not()
    {
        var email = NewEmail();
        await SignInAsync(email, "Laptop");
        await SignInAsync(email, "Laptop");
        Assert.DoesNotContain(Mailbox.To(app.DataDirectory, email), m => m.Subject == "New sign-in to your Crëo account");

        var phone = await SignInAsync(email, "Phone");

        var notice = Assert.Single(Mailbox.To(app.DataDirectory, email), m => m.Subject == "New sign-in to your Crëo account");
        Assert.Contains("Phone", notice.TextBody);
        Assert.Contains("Phone", MailParts.Of(notice).Html, StringComparison.Ordinal);
        var log = await phone.GetJsonAsync<JsonElement[]>("/api/me/security-log");
        Assert.Contains(log, e => e.GetProperty("kind").GetString() == "new-device");
    }
}
