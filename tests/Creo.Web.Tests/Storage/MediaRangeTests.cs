using System.Net;
using System.Text.Json;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Storage;

/// <summary>
/// Media over real HTTP as browsers and download managers use it: lengths, validators, ranges and resumed downloads,
/// on the file system (embedded) and on real S3 (PostgreSQL app). A Range header never opens what the link alone
/// would not, and no Range header, however absurd, gets more than a 4xx.
/// </summary>
public abstract class MediaRangeTests<TApp>(TApp app)
    where TApp : StudioApp
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_output_carries_its_length_and_validators_and_serves_exactly_the_bytes_of_a_range()
    {
        var (user, url) = await NewOutputAsync();
        using var whole = await user.GetAsync(url);
        var bytes = await whole.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(bytes.Length, whole.Content.Headers.ContentLength);
        Assert.NotNull(whole.Headers.ETag);
        Assert.NotNull(whole.Content.Headers.LastModified);
        Assert.Equal("bytes", Assert.Single(whole.Headers.AcceptRanges));
        Assert.True(whole.Headers.CacheControl is { Private: true }, $"Cache-Control was {whole.Headers.CacheControl}");

        using var part = await RangeAsync(user, url, "bytes=10-99");
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(bytes[10..100], await part.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal($"bytes 10-99/{bytes.Length}", part.Content.Headers.ContentRange?.ToString());
        Assert.Equal(90, part.Content.Headers.ContentLength);

        using var tail = await RangeAsync(user, url, "bytes=-7");
        Assert.Equal(HttpStatusCode.PartialContent, tail.StatusCode);
        Assert.Equal(bytes[^7..], await tail.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task A_matching_etag_is_304_and_a_range_past_the_end_is_416()
    {
        var (user, url) = await NewOutputAsync();
        using var whole = await user.GetAsync(url);
        var length = whole.Content.Headers.ContentLength!.Value;

        using var unchanged = await user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["If-None-Match"] = whole.Headers.ETag!.ToString() });
        using var beyond = await RangeAsync(user, url, $"bytes={length}-");

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
        Assert.Equal($"bytes */{length}", beyond.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task An_if_range_with_a_stale_etag_gets_the_whole_object_not_a_piece_of_another()
    {
        var (user, url) = await NewOutputAsync();
        using var whole = await user.GetAsync(url);
        var bytes = await whole.Content.ReadAsByteArrayAsync(Cancel);

        using var stale = await user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["Range"] = "bytes=5-", ["If-Range"] = "\"not-this-one\"" });
        using var fresh = await user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["Range"] = "bytes=5-", ["If-Range"] = whole.Headers.ETag!.ToString() });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(bytes, await stale.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(HttpStatusCode.PartialContent, fresh.StatusCode);
        Assert.Equal(bytes[5..], await fresh.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task A_range_on_another_persons_media_is_the_same_404_as_without_one()
    {
        var (_, url) = await NewOutputAsync();
        var stranger = await app.NewPersonAsync();

        using var plain = await stranger.GetAsync(url);
        using var ranged = await RangeAsync(stranger, url, "bytes=0-10");
        using var conditional = await stranger.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["If-None-Match"] = "*" });

        Assert.All([plain, ranged, conditional], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(await ProblemOfAsync(plain), await ProblemOfAsync(ranged));
        Assert.Null(ranged.Content.Headers.ContentRange);
    }

    [Theory]
    [InlineData("bytes=-5-3")]
    [InlineData("bytes=99999999999999999999999999-")]
    [InlineData("bytes=0-99999999999999999999999999")]
    [InlineData("bytes=-99999999999999999999")]
    [InlineData("bytes=5-1")]
    [InlineData("bytes=")]
    [InlineData("bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9,10-10,11-11,12-12,13-13,14-14,15-15,16-16,17-17,18-18,19-19")]
    public async Task An_absurd_range_is_harmless(string range)
    {
        var (user, url) = await NewOutputAsync();
        using var whole = await user.GetAsync(url);
        var bytes = await whole.Content.ReadAsByteArrayAsync(Cancel);

        using var response = await RangeAsync(user, url, range);
        var body = await response.Content.ReadAsByteArrayAsync(Cancel);

        // Ignored (the whole object, 200) or refused (416); never a server error, never more or other bytes.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.RequestedRangeNotSatisfiable, $"{range} gave {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(bytes, body);
        }
    }

    [Fact]
    public async Task An_export_download_resumed_from_the_middle_joins_to_the_same_archive()
    {
        var (user, _) = await NewOutputAsync();
        using var requested = await user.SendAsync(HttpMethod.Post, "/api/privacy/exports");
        var id = JsonDocument.Parse(await requested.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("id").GetString();
        var export = await Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>($"/api/privacy/exports/{id}"),
            e => e.GetProperty("status").GetString() is not ("queued" or "building"),
            e => $"Export {id} is still {e.GetProperty("status").GetString()}.");
        var url = export.GetProperty("url").GetString()!;
        using var whole = await user.GetAsync(url);
        var zip = await whole.Content.ReadAsByteArrayAsync(Cancel);
        var middle = zip.Length / 2;

        using var first = await RangeAsync(user, url, $"bytes=0-{middle - 1}");
        using var rest = await user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["Range"] = $"bytes={middle}-", ["If-Range"] = whole.Headers.ETag!.ToString() });
        var joined = (await first.Content.ReadAsByteArrayAsync(Cancel)).Concat(await rest.Content.ReadAsByteArrayAsync(Cancel)).ToArray();

        Assert.Equal((HttpStatusCode.PartialContent, HttpStatusCode.PartialContent), (first.StatusCode, rest.StatusCode));
        Assert.Equal(zip, joined);
        Assert.Equal(zip.Length, whole.Content.Headers.ContentLength);
        Assert.True(rest.Headers.CacheControl is { NoStore: true }, $"Cache-Control was {rest.Headers.CacheControl}");
        Assert.Equal("attachment", rest.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task A_thumbnail_has_validators_and_ranges_too()
    {
        var (user, _, generationId) = await NewGenerationAsync();
        var url = $"/generations/{generationId}/thumbnail";
        using var whole = await user.GetAsync(url);
        var bytes = await whole.Content.ReadAsByteArrayAsync(Cancel);

        using var unchanged = await user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["If-None-Match"] = whole.Headers.ETag!.ToString() });
        using var part = await RangeAsync(user, url, "bytes=0-3");

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(bytes.Length, whole.Content.Headers.ContentLength);
        Assert.NotNull(whole.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(bytes[..4], await part.Content.ReadAsByteArrayAsync(Cancel));
    }

    /// <summary>The problem document without its trace id, which differs per request.</summary>
    private static async Task<string> ProblemOfAsync(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        return string.Join("|", new[] { "type", "title", "status", "detail" }.Select(field => problem.TryGetProperty(field, out var value) ? value.ToString() : "-"));
    }

    private static Task<HttpResponseMessage> RangeAsync(SignedInUser user, string url, string range) =>
        user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["Range"] = range });

    private async Task<(SignedInUser User, string Url)> NewOutputAsync()
    {
        var (user, url, _) = await NewGenerationAsync();
        return (user, url);
    }

    private async Task<(SignedInUser User, string Url, string GenerationId)> NewGenerationAsync()
    {
        var user = await app.NewPersonAsync();
        var id = (await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "a lighthouse at dusk", parameters = new { width = 256, height = 256 } }))
            .GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);
        return (user, generation.GetProperty("outputs")[0].GetProperty("url").GetString()!, id);
    }
}

public sealed class EmbeddedMediaRangeTests(EmbeddedStudioApp app) : MediaRangeTests<EmbeddedStudioApp>(app), IClassFixture<EmbeddedStudioApp>;

public sealed class PostgresMediaRangeTests(PostgresStudioApp app) : MediaRangeTests<PostgresStudioApp>(app), IClassFixture<PostgresStudioApp>;
