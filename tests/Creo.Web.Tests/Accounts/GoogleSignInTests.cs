using System.Net;
using System.Text.Json;
using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

/// <summary>The real Google handler against a local stand-in speaking Google's OAuth 2.0 and userinfo protocol.</summary>
public sealed class GoogleSignInTests : IAsyncLifetime
{
    private readonly TemporaryDirectory directory = new();
    private GoogleStandIn google = null!;
    private TestDatabase database = null!;
    private CreoAppFactory app = null!;
    private HttpClient browser = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        google = await GoogleStandIn.StartAsync();
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = CreoSettings.For(database, directory.Path);
        foreach (var (key, value) in google.Settings())
        {
            settings[key] = value;
        }

        app = new CreoAppFactory(settings);

        // A browser: keeps the (non-Secure) correlation and external cookies, follows nothing by itself.
        browser = app.CreateHttpClient(handleCookies: true);
    }

    public async ValueTask DisposeAsync()
    {
        browser.Dispose();
        await app.DisposeAsync();
        await google.DisposeAsync();
        await database.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Consenting_on_google_creates_an_account_with_googles_name_email_and_avatar()
    {
        google.NextProfile = new GoogleProfile("g-42", "Grace@Example.com", true, "Grace Hopper", "https://lh3.googleusercontent.com/a/grace");

        var (landing, session) = await RunFlowAsync();

        Assert.Equal("/onboarding", landing);
        Assert.NotNull(session);
        var me = await GetMeAsync(session);
        Assert.Equal("grace@example.com", me.GetProperty("email").GetString());
        Assert.Equal("Grace Hopper", me.GetProperty("name").GetString());
        Assert.Equal("google", me.GetProperty("authMethod").GetString());
        Assert.Equal("https://lh3.googleusercontent.com/a/grace", me.GetProperty("avatarUrl").GetString());
    }

    [Fact]
    public async Task Refusing_consent_returns_to_sign_in_without_a_session()
    {
        google.NextConsentDenied = true;

        var (landing, session) = await RunFlowAsync();

        Assert.Equal("/signin?error=google-denied", landing);
        Assert.Null(session);
    }

    [Fact]
    public async Task A_tampered_state_is_refused_without_a_session()
    {
        var (landing, session) = await RunFlowAsync(tamperState: true);

        Assert.Equal("/signin?error=google", landing);
        Assert.Null(session);
    }

    [Fact]
    public async Task An_address_google_has_not_verified_gets_no_session()
    {
        google.NextProfile = new GoogleProfile("g-7", "unverified@example.com", false, "Un Verified", "https://lh3.googleusercontent.com/a/u");

        using var start = await browser.GetAsync("/api/auth/google/start", Cancel);
        using var consent = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(start.Headers.Location, Cancel);
        using var callback = await browser.GetAsync(consent.Headers.Location!.PathAndQuery, Cancel);
        using var complete = await browser.GetAsync(callback.Headers.Location!.OriginalString, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, complete.StatusCode);
        Assert.Null(SessionCookieOf(complete));
    }

    /// <summary>start → Google's consent screen → our callback → completion, as a browser follows the redirects.</summary>
    private async Task<(string Landing, string? Session)> RunFlowAsync(bool tamperState = false)
    {
        using var start = await browser.GetAsync("/api/auth/google/start", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith(google.BaseAddress.ToString(), start.Headers.Location!.ToString());

        using var consent = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(start.Headers.Location, Cancel);
        var callbackUrl = consent.Headers.Location!.PathAndQuery;
        if (tamperState)
        {
            var at = callbackUrl.IndexOf("state=", StringComparison.Ordinal) + "state=".Length + 10;
            callbackUrl = callbackUrl[..at] + (callbackUrl[at] == 'x' ? 'y' : 'x') + callbackUrl[(at + 1)..];
        }

        using var callback = await browser.GetAsync(callbackUrl, Cancel);
        var next = callback.Headers.Location!.OriginalString;
        if (!next.StartsWith("/api/auth/google/complete", StringComparison.Ordinal))
        {
            return (next, SessionCookieOf(callback));
        }

        using var complete = await browser.GetAsync(next, Cancel);
        return (complete.Headers.Location!.OriginalString, SessionCookieOf(complete));
    }

    private static string? SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith("creo_session=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]["creo_session=".Length..]).FirstOrDefault(v => v.Length > 0)
            : null;

    private async Task<JsonElement> GetMeAsync(string session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", $"creo_session={session}");
        using var plain = app.CreateHttpClient();
        using var response = await plain.SendAsync(request, Cancel);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
    }
}

public sealed class GoogleNotConfiguredTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    [Fact]
    public async Task Without_google_settings_google_sign_in_does_not_exist()
    {
        using var response = await app.Http.GetAsync("/api/auth/google/start", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
