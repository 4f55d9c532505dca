using System.Net;
using System.Text.Json;

namespace Creo.Web.Tests.Common;

/// <summary>
/// The same failures answer a browser with a page in the site's layout and everyone else with the problem document
/// <see cref="ProblemTests"/> describes: the choice is made on <c>Accept: text/html</c> and the <c>/api</c> paths.
/// </summary>
public sealed class ErrorPageTests(ProblemTests.ThrowingApp app) : IClassFixture<ProblemTests.ThrowingApp>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, "We can&#x27;t find that page")]
    [InlineData("/test-throw/not-found", HttpStatusCode.NotFound, "We can&#x27;t find that page")]
    [InlineData("/test-throw/crash", HttpStatusCode.InternalServerError, "Something went wrong on our side")]
    [InlineData("/error/403", HttpStatusCode.Forbidden, "You can&#x27;t open this page")]
    public async Task A_browser_gets_a_page_in_the_site_layout(string path, HttpStatusCode expected, string heading)
    {
        using var response = await SendAsync(HttpMethod.Get, path, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-connection-string", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_to_an_unknown_address_is_answered_with_the_page_too()
    {
        using var response = await SendAsync(HttpMethod.Post, "/no-such-form", BrowserAccept);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We can&#x27;t find that page", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", "application/json", HttpStatusCode.NotFound, "not-found")]
    [InlineData("/no-such-page", null, HttpStatusCode.NotFound, "not-found")]
    [InlineData("/test-throw/not-found", "application/json", HttpStatusCode.NotFound, "not-found")]
    [InlineData("/test-throw/crash", "application/json", HttpStatusCode.InternalServerError, "internal")]
    [InlineData("/api/no-such-thing", BrowserAccept, HttpStatusCode.NotFound, "not-found")]
    [InlineData("/api/me", BrowserAccept, HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("/api/me", "application/json", HttpStatusCode.Unauthorized, "unauthorized")]
    public async Task Api_clients_and_api_paths_keep_the_problem_document(string path, string? accept, HttpStatusCode expected, string slug)
    {
        using var response = await SendAsync(HttpMethod.Get, path, accept);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("https://creo.studio/problems/" + slug, problem.GetProperty("type").GetString());
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("secret-connection-string", body, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accept)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["field"] = "value" });
        }

        return await app.Http.SendAsync(request, Cancel);
    }
}
