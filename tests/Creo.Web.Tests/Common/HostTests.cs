using System.Net;
using System.Text.Json;

namespace Creo.Web.Tests.Common;

public sealed class HostTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/enqueued")]
    [InlineData("/hangfire/recurring")]
    public async Task The_job_dashboard_refuses_an_anonymous_visitor(string path)
    {
        using var response = await app.Http.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_embedded_default_keeps_its_database_and_media_in_the_data_directory()
    {
        using var response = await app.Http.GetAsync("/api/privacy/policy", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "creo.db")) || app.Database.ConnectionString.Contains("creo.db", StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(app.DataDirectory, "media")));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_and_scalar_renders_it()
    {
        using var document = await app.Http.GetAsync("/openapi/v1.json", Cancel);
        var openApi = JsonDocument.Parse(await document.Content.ReadAsStringAsync(Cancel)).RootElement;
        var paths = openApi.GetProperty("paths");
        using var scalar = await app.Http.GetAsync("/scalar/", Cancel);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.True(paths.TryGetProperty("/api/privacy/policy", out _));
        Assert.All(paths.EnumerateObject(), path => Assert.StartsWith("/api/", path.Name));

        // Added to the contract, never required: a provider's queue place, null when it does not give one.
        var generation = openApi.GetProperty("components").GetProperty("schemas").GetProperty("GenerationDto");
        Assert.True(generation.GetProperty("properties").TryGetProperty("queuePosition", out var queuePosition));
        Assert.Contains("null", queuePosition.GetRawText());

        // A video's length and picture size, read from its file, on each output: added, never required, null for images.
        var output = openApi.GetProperty("components").GetProperty("schemas").GetProperty("GenerationOutputDto");
        var required = output.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()).ToList() : [];
        foreach (var name in new[] { "durationSeconds", "width", "height" })
        {
            Assert.True(output.GetProperty("properties").TryGetProperty(name, out var property), name);
            Assert.Contains("null", property.GetRawText());
            Assert.DoesNotContain(name, required);
        }

        // Issue 20: each model names its host and whether it is offered now; a model whose host is down answers 503.
        var model = openApi.GetProperty("components").GetProperty("schemas").GetProperty("ModelDto").GetProperty("properties");
        Assert.True(model.TryGetProperty("host", out _));
        Assert.True(model.TryGetProperty("provider", out _));
        Assert.True(model.TryGetProperty("available", out _));
        Assert.True(model.TryGetProperty("unavailableReason", out _));
        Assert.True(paths.GetProperty("/api/generations").GetProperty("post").GetProperty("responses").TryGetProperty("503", out _));
        Assert.True(paths.GetProperty("/api/models/{id}/quote").GetProperty("get").GetProperty("responses").TryGetProperty("503", out _));
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        using var response = await app.Http.GetAsync("/privacy", Cancel);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
