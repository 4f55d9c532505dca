using System.Net;
using System.Text.Json;
using Creo.Infrastructure.Privacy;
using Creo.Testing;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// The shipped policy is the company's original with exactly the replacements docs/policy-differences.md lists (the
/// providers Crëo is not built on, swapped for the ones it is): any other change to either text fails here.
/// </summary>
public sealed class PolicyDifferencesTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static readonly string[] ProvidersNotUsed = ["Turso", "better-auth", "libSQL"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_shipped_policy_is_the_original_except_exactly_the_listed_differences()
    {
        var original = File.ReadAllText(RepositoryPaths.OriginalPolicy);
        var differences = PolicyDifferences.Read(File.ReadAllText(PolicyDifferences.DocumentPath));

        Assert.Equal(3, differences.Count);
        Assert.All(ProvidersNotUsed.Take(2), name => Assert.Contains(name, original, StringComparison.Ordinal));
        Assert.Equal(PolicyDifferences.Apply(original, differences), SeedPolicy.ReadText());
    }

    [Fact]
    public void An_unlisted_change_or_a_listed_line_the_original_lacks_is_caught()
    {
        var original = File.ReadAllText(RepositoryPaths.OriginalPolicy);
        var differences = PolicyDifferences.Read(File.ReadAllText(PolicyDifferences.DocumentPath));
        var quietlyChanged = SeedPolicy.ReadText().Replace("We reply within 30 days.", "We reply within 60 days.", StringComparison.Ordinal);

        Assert.NotEqual(PolicyDifferences.Apply(original, differences), quietlyChanged);
        Assert.Throws<InvalidOperationException>(() => PolicyDifferences.Apply(original, [("- Session cookies from somewhere else", "x")]));
        Assert.Throws<InvalidOperationException>(() => PolicyDifferences.Read("Original:\n\n> a\n\nShipped:\n\nb\n"));
    }

    [Fact]
    public async Task Neither_the_privacy_page_nor_the_api_names_a_provider_creo_does_not_use()
    {
        using var page = await app.Http.GetAsync("/privacy", Cancel);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Cancel));
        using var api = await app.Http.GetAsync("/api/privacy/policy", Cancel);
        var text = JsonDocument.Parse(await api.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("text").GetString()!;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.All(ProvidersNotUsed, name => Assert.DoesNotContain(name, html, StringComparison.OrdinalIgnoreCase));
        Assert.All(ProvidersNotUsed, name => Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("PostgreSQL (or SQLite on a single machine)", html, StringComparison.Ordinal);
        Assert.Contains("Crëo's own server-side sessions", html, StringComparison.Ordinal);
    }
}
