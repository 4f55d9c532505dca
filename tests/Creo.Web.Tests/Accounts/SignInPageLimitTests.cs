using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Creo.Web.Tests.Accounts;

public sealed partial class SignInPageLimitTests(TightSignInLimitApp app) : IClassFixture<TightSignInLimitApp>
{
    [Fact]
    public async Task The_sign_in_form_and_the_API_draw_on_one_per_IP_limit_and_the_form_explains_it()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var http = app.App.CreateHttpClient(handleCookies: true);

        // Showing the form costs nothing; only asking for a link counts.
        string form = string.Empty;
        for (var i = 0; i < TightSignInLimitApp.StartsPerIp + 1; i++)
        {
            using var page = await http.GetAsync("/signin", cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            form = await page.Content.ReadAsStringAsync(cancel);
        }

        for (var i = 0; i < TightSignInLimitApp.StartsPerIp; i++)
        {
            using var start = await http.PostAsJsonAsync("/api/auth/email/start", new { email = $"limit{i}@example.com" }, cancel);
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        using var posted = await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "limit@example.com",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
        }), cancel);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal("/signin?error=too-many-attempts", posted.Headers.Location?.OriginalString);
        using var api = await http.PostAsJsonAsync("/api/auth/email/start", new { email = "limit@example.com" }, cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
