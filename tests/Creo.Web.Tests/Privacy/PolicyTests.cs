using System.Net;
using System.Text.Json;
using Creo.Infrastructure.Privacy;
using Creo.Testing;

namespace Creo.Web.Tests.Privacy;

public sealed class PolicyTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_serves_version_1_with_the_seed_text()
    {
        using var response = await app.Http.GetAsync("/api/privacy/policy", Cancel);
        var policy = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, policy.GetProperty("version").GetInt32());
        Assert.False(policy.GetProperty("material").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), policy.GetProperty("effectiveAt").GetDateTimeOffset());
        Assert.Equal(SeedPolicy.ReadText(), policy.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_privacy_page_renders_every_section_of_the_policy()
    {
        using var response = await app.Http.GetAsync("/privacy", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        for (var section = 1; section <= 13; section++)
        {
            Assert.Contains($"id=\"section-{section:00}\"", html);
        }

        Assert.Contains("data-testid=\"policy-version\">1<", html);
        Assert.Contains("<th scope=\"col\">Purpose</th>", html);
        Assert.Contains("virtuatechmedia@gmail.com", html);
    }

    [Fact]
    public async Task Security_txt_says_where_to_report_and_points_at_the_policy()
    {
        using var response = await app.Http.GetAsync("/.well-known/security.txt", Cancel);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Contact: mailto:virtuatechmedia@gmail.com", lines);
        var expires = DateTimeOffset.Parse(lines.Single(l => l.StartsWith("Expires: ", StringComparison.Ordinal))["Expires: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expires > app.App.Clock.GetUtcNow(), "security.txt must not be expired");
        Assert.Contains(lines, l => l.StartsWith("Policy: ", StringComparison.Ordinal) && l.EndsWith("/privacy", StringComparison.Ordinal));
    }
}
