using System.Net;
using System.Text.Json;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

public sealed class ProfileAndOnboardingTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private static string NewEmail() => $"person-{Guid.NewGuid():N}@example.com";

    private Task<SignedInUser> SignInAsync(string email) => SignedInUser.SignInAsync(app.Http, app.DataDirectory, email);

    [Fact]
    public async Task Me_describes_a_new_account_and_says_onboarding_is_owed()
    {
        var email = NewEmail();
        var user = await SignInAsync(email);

        var me = await user.GetJsonAsync<JsonElement>("/api/me");

        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("email", me.GetProperty("authMethod").GetString());
        Assert.Equal(["user"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(me.GetProperty("onboardingRequired").GetBoolean());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("avatarUrl").ValueKind);
        foreach (var field in new[] { "id", "name", "createdAt", "tier", "creditBalance" })
        {
            Assert.True(me.TryGetProperty(field, out _), $"/api/me lacks {field}");
        }
    }

    [Fact]
    public async Task Until_onboarded_a_guarded_route_answers_403_onboarding_required()
    {
        var user = await SignInAsync(NewEmail());

        using var before = await user.GetAsync(AccountsApp.GuardedPath);
        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.EndsWith("/onboarding-required", JsonDocument.Parse(await before.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("type").GetString());

        using var onboard = await user.SendAsync(HttpMethod.Post, "/api/me/onboarding", new { confirmsAge16OrOlder = true, acceptsPolicyVersion = 1 });
        using var after = await user.GetAsync(AccountsApp.GuardedPath);
        var me = await user.GetJsonAsync<JsonElement>("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, onboard.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(me.GetProperty("onboardingRequired").GetBoolean());
    }

    [Fact]
    public async Task Onboarding_refuses_anyone_who_does_not_confirm_being_16_and_a_stale_policy_version()
    {
        var user = await SignInAsync(NewEmail());

        using var underage = await user.SendAsync(HttpMethod.Post, "/api/me/onboarding", new { confirmsAge16OrOlder = false, acceptsPolicyVersion = 1 });
        using var stale = await user.SendAsync(HttpMethod.Post, "/api/me/onboarding", new { confirmsAge16OrOlder = true, acceptsPolicyVersion = 7 });
        var me = await user.GetJsonAsync<JsonElement>("/api/me");

        Assert.Equal(HttpStatusCode.BadRequest, underage.StatusCode);
        Assert.True(JsonDocument.Parse(await underage.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors").TryGetProperty("confirmsAge16OrOlder", out _));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True(me.GetProperty("onboardingRequired").GetBoolean());
    }

    [Fact]
    public async Task The_onboarding_page_answers_a_stale_policy_version_as_the_api_does_and_asks_again()
    {
        // Issue 19 item 2: one place decides an error's status. The page answered the API's 409 with a 400.
        var user = await SignInAsync(NewEmail());

        using var page = await user.SendContentAsync(HttpMethod.Post, "/onboarding", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ConfirmsAge16OrOlder"] = "true",
            ["AcceptsPolicy"] = "true",
            ["PolicyVersion"] = "7",
            ["__RequestVerificationToken"] = user.CsrfToken!,
        }));
        var body = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var me = await user.GetJsonAsync<JsonElement>("/api/me");

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The policy in force is version 1", body, StringComparison.Ordinal);
        Assert.Matches("name=\"PolicyVersion\" value=\"1\"", body);
        Assert.DoesNotMatch("id=\"accepts-policy\"[^>]*checked", body);
        Assert.True(me.GetProperty("onboardingRequired").GetBoolean());
    }

    [Fact]
    public async Task A_person_corrects_their_name()
    {
        var user = await SignInAsync(NewEmail());

        using var response = await user.SendAsync(HttpMethod.Patch, "/api/me", new { name = "  Ada Lovelace " });
        var updated = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        using var empty = await user.SendAsync(HttpMethod.Patch, "/api/me", new { name = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ada Lovelace", updated.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Ada Lovelace", (await user.GetJsonAsync<JsonElement>("/api/me")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Without_a_session_me_is_401()
    {
        using var response = await app.Http.GetAsync("/api/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_job_dashboard_opens_to_a_configured_admin_only()
    {
        var admin = await SignInAsync(AccountsApp.AdminEmail);
        var user = await SignInAsync(NewEmail());

        using var forAdmin = await admin.GetAsync("/hangfire");
        using var forUser = await user.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, forAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forUser.StatusCode);
        Assert.Contains("admin", (await admin.GetJsonAsync<JsonElement>("/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
