using System.Net;
using Creo.Testing;
using Creo.Web.Common;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// Policy section 09: Crëo's cookies are essential or analytics, and nothing else. Every cookie the app sets on a
/// person's way through sign-in (email and Google), onboarding, the studio, billing and privacy must be named in the
/// <see cref="CookieCatalog"/>, so a new cookie fails here until someone classifies it.
/// </summary>
public sealed class CookieCatalogTests(CookieAuditApp app) : IClassFixture<CookieAuditApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_cookie_the_app_sets_is_named_in_the_cookie_catalog()
    {
        var seen = new SetCookieRecorder(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var http = new HttpClient(seen) { BaseAddress = app.App.BaseAddress };
        await VisitAsVisitorAsync(http);
        var user = await SignedInUser.SignInAsync(http, app.DataDirectory, $"cookies-{Guid.NewGuid():N}@example.com");
        await VisitOnboardingAsync(user);
        await VisitStudioAsync(user);
        await VisitBillingAsync(user);
        await VisitPrivacyAsync(user);
        using (var signOut = await user.SendAsync(HttpMethod.Post, "/api/auth/signout"))
        {
            Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        }

        await SignInWithGoogleAsync(seen);

        var unnamed = seen.Cookies.Where(c => CookieCatalog.Find(c.Name) is null).Select(c => $"{c.Name} (from {c.Path})").Distinct().ToList();
        Assert.True(unnamed.Count == 0, "Classify these cookies in CookieCatalog: " + string.Join(", ", unnamed));
        Assert.All(seen.Cookies, c => Assert.DoesNotContain("domain=", c.Header, StringComparison.OrdinalIgnoreCase));

        // The walk reached every kind of cookie the catalog names, so it proves something about each.
        var kinds = seen.Cookies.Select(c => CookieCatalog.Find(c.Name)!).Distinct().ToList();
        Assert.Equal(CookieCatalog.All.Count, kinds.Count);

        // What the app actually set: essential cookies are out of scripts' reach and never sent cross-site, and the
        // analytics cookie is only ever set once the person has allowed analytics (the walk allows it in VisitPrivacyAsync).
        var essential = seen.Cookies.Where(c => CookieCatalog.Find(c.Name)!.Category == CookieCategory.Essential && !IsDeletion(c.Header)).ToList();
        Assert.NotEmpty(essential);
        Assert.All(essential, c => Assert.Contains("httponly", c.Header, StringComparison.OrdinalIgnoreCase));
        Assert.All(essential, c => Assert.Contains("samesite=", c.Header, StringComparison.OrdinalIgnoreCase));
        var firstAnalytics = seen.Cookies.FindIndex(c => CookieCatalog.Find(c.Name)!.Category == CookieCategory.Analytics && !IsDeletion(c.Header));
        Assert.True(firstAnalytics >= 0, "The walk never saw the analytics cookie set.");
        Assert.True(seen.ConsentedAt is { } consented && firstAnalytics >= consented,
            $"The analytics cookie was set by {seen.Cookies[firstAnalytics].Path} before the person allowed analytics.");
    }

    private static async Task VisitAsVisitorAsync(HttpClient http)
    {
        foreach (var path in new[] { "/", "/signin", "/privacy", "/api/privacy/policy", "/api/auth/csrf", "/.well-known/security.txt" })
        {
            using var response = await http.GetAsync(path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    private static async Task VisitOnboardingAsync(SignedInUser user)
    {
        await GetAsync(user, "/onboarding", "/api/me");
        await user.OnboardAsync();
    }

    private static async Task VisitStudioAsync(SignedInUser user)
    {
        await GetAsync(user, "/studio", "/gallery", "/credits", "/account", "/api/models", "/api/credits", "/api/generations", "/api/me/sessions");
        var generation = await Generations.StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "a cookie jar", parameters = new { width = 256, height = 256 } });
        var id = generation.GetProperty("id").GetString()!;
        await Generations.StudioApp.WaitUntilFinishedAsync(user, id);
        await GetAsync(user, $"/generations/{id}", $"/studio?generation={id}");
    }

    private static async Task VisitBillingAsync(SignedInUser user)
    {
        await GetAsync(user, "/billing", "/api/billing/plans", "/api/billing/subscription", "/api/billing/invoices");
        using var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { planId = "creator" });
        Assert.True(checkout.IsSuccessStatusCode, $"Checkout answered {(int)checkout.StatusCode}");
    }

    private static async Task VisitPrivacyAsync(SignedInUser user)
    {
        await GetAsync(user, "/privacy", "/api/privacy/consents", "/api/privacy/requests");
        using (var allow = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = true, productEmails = false }))
        {
            allow.EnsureSuccessStatusCode();
        }

        using (var view = await user.SendAsync(HttpMethod.Post, "/api/analytics/events", new { name = "page_view", page = "/privacy" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, view.StatusCode);
        }

        using (var withdraw = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = false, productEmails = false }))
        {
            withdraw.EnsureSuccessStatusCode();
        }

        using var banner = await user.SendContentAsync(
            HttpMethod.Post, "/cookies/choice", new FormUrlEncodedContent(new Dictionary<string, string> { ["analytics"] = "true", ["returnUrl"] = "/studio" }));
        Assert.Equal(HttpStatusCode.Redirect, banner.StatusCode);
        await GetAsync(user, "/studio");
    }

    /// <summary>start → Google's consent screen → our callback → completion, as a browser follows the redirects.</summary>
    private async Task SignInWithGoogleAsync(SetCookieRecorder seen)
    {
        var browser = new SetCookieRecorder(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true });
        using var http = new HttpClient(browser) { BaseAddress = app.App.BaseAddress };
        app.Google.NextProfile = new GoogleProfile("g-cookies", $"google-{Guid.NewGuid():N}@example.com", true, "Cookie Tester", "https://lh3.googleusercontent.com/a/c");

        using var start = await http.GetAsync("/api/auth/google/start", Cancel);
        using var google = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await google.GetAsync(start.Headers.Location, Cancel);
        using var callback = await http.GetAsync(consent.Headers.Location!.PathAndQuery, Cancel);
        using var complete = await http.GetAsync(callback.Headers.Location!.OriginalString, Cancel);

        Assert.Equal("/onboarding", complete.Headers.Location!.OriginalString);
        seen.Cookies.AddRange(browser.Cookies);
    }

    private static async Task GetAsync(SignedInUser user, params string[] paths)
    {
        foreach (var path in paths)
        {
            using var response = await user.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    /// <summary>Writes down every Set-Cookie header the app answers with, and the request that drew it.</summary>
    /// <summary>A Set-Cookie that removes a cookie (an expiry in the past) sets nothing.</summary>
    private static bool IsDeletion(string header) => header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);

    private sealed class SetCookieRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<(string Name, string Path, string Header)> Cookies { get; } = [];

        /// <summary>How many cookies had been set when the person allowed analytics (the consent request went out).</summary>
        public int? ConsentedAt { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Put && request.RequestUri!.AbsolutePath == "/api/privacy/consents" && ConsentedAt is null)
            {
                lock (Cookies)
                {
                    ConsentedAt = Cookies.Count;
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var headers))
            {
                lock (Cookies)
                {
                    Cookies.AddRange(headers.Select(header => (header[..header.IndexOf('=', StringComparison.Ordinal)], request.RequestUri!.AbsolutePath, header)));
                }
            }

            return response;
        }
    }
}
