using System.Net;
using System.Text.Json;
using Creo.Testing;
using SkiaSharp;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// A video model on Replicate (its stand-in answers with a real 2-second 320×240 H.264 MP4): the video is stored with
/// the length and picture size read from its file, its gallery picture is a real frame, seeking works through Range,
/// the price follows the duration asked for, and a "video" that is not one is refused and charges nothing.
/// </summary>
public sealed class VideoGenerationTests(ReplicateStudioApp app) : IClassFixture<ReplicateStudioApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_video_is_stored_with_its_length_and_size_read_from_the_file_and_plays_through_ranges()
    {
        var user = await app.NewPersonAsync();

        var generation = await MakeVideoAsync(user, seconds: 2);

        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        var output = generation.GetProperty("outputs")[0];
        Assert.Equal("video/mp4", output.GetProperty("contentType").GetString());
        Assert.Equal(2.0, output.GetProperty("durationSeconds").GetDouble(), precision: 2);
        // What the file is, not what was asked for (480 × 480).
        Assert.Equal((320, 240), (output.GetProperty("width").GetInt32(), output.GetProperty("height").GetInt32()));

        var url = output.GetProperty("url").GetString()!;
        using var part = await user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["Range"] = "bytes=100-1123" });
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal($"bytes 100-1123/{TestVideos.Mp4.Length}", part.Content.Headers.ContentRange?.ToString());
        Assert.Equal(TestVideos.Mp4.AsSpan(100, 1024).ToArray(), await part.Content.ReadAsByteArrayAsync(Cancel));

        using var tail = await user.GetWithRawHeadersAsync(url, new Dictionary<string, string> { ["Range"] = "bytes=-16" });
        Assert.Equal(HttpStatusCode.PartialContent, tail.StatusCode);
        Assert.Equal(TestVideos.Mp4[^16..], await tail.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task The_data_export_holds_the_video_and_its_length_and_size()
    {
        var user = await app.NewPersonAsync();
        var id = Guid.Parse((await MakeVideoAsync(user, seconds: 2)).GetProperty("id").GetString()!);

        using var requested = await user.SendAsync(HttpMethod.Post, "/api/privacy/exports");
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var exportId = JsonDocument.Parse(await requested.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("id").GetString();
        var export = await Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>($"/api/privacy/exports/{exportId}"),
            e => e.GetProperty("status").GetString() is not ("queued" or "building"),
            e => $"Export {exportId} was not built; it is {e.GetProperty("status").GetString()}.");
        using var download = await user.GetAsync(export.GetProperty("url").GetString()!);
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync(Cancel)));

        var outputs = archive.GetEntry("generations/generation_outputs.json")
            ?? throw new InvalidOperationException("No outputs: " + string.Join(", ", archive.Entries.Select(e => e.FullName)));
        using var reader = new StreamReader(await outputs.OpenAsync(Cancel));
        var row = Assert.Single(JsonDocument.Parse(await reader.ReadToEndAsync(Cancel)).RootElement.EnumerateArray());
        Assert.Equal(2.0, row.GetProperty("durationSeconds").GetDouble(), precision: 2);
        Assert.Equal((320, 240), (row.GetProperty("width").GetInt32(), row.GetProperty("height").GetInt32()));
        Assert.NotNull(archive.GetEntry($"media/generations/{id:N}/0.mp4"));
    }

    [Fact]
    public async Task A_videos_gallery_picture_is_a_real_frame_kept_beside_it()
    {
        var user = await app.NewPersonAsync();
        var generation = await MakeVideoAsync(user, seconds: 2);
        var id = generation.GetProperty("id").GetString();

        using var poster = await user.GetAsync($"/generations/{id}/thumbnail");

        Assert.Equal(HttpStatusCode.OK, poster.StatusCode);
        Assert.Equal("image/webp", poster.Content.Headers.ContentType?.MediaType);
        // A real frame is kept and cached like any thumbnail (a generated poster would be no-cache).
        Assert.True(poster.Headers.CacheControl is { Private: true, NoCache: false, MaxAge: not null }, $"Cache-Control was {poster.Headers.CacheControl}");
        using var picture = SKBitmap.Decode(await poster.Content.ReadAsByteArrayAsync(Cancel));
        // The 240-pixel-high frame, cropped square and never scaled up.
        Assert.Equal((240, 240), (picture.Width, picture.Height));
        // The fixture's colour bars, not the generated poster (a dark square with one light mark): many colours.
        Assert.True(ColourBuckets(picture) >= 6, $"Only {ColourBuckets(picture)} colours: the poster is not a frame of the video.");
    }

    [Fact]
    public async Task A_longer_video_costs_more_and_what_is_captured_is_what_was_quoted()
    {
        var user = await app.NewPersonAsync();
        var twoSeconds = await QuoteAsync(user, 2);
        var fourSeconds = await QuoteAsync(user, 4);

        var generation = await MakeVideoAsync(user, seconds: 4);

        Assert.True(fourSeconds > twoSeconds, $"4 s quoted {fourSeconds}, 2 s {twoSeconds}.");
        var receipt = generation.GetProperty("receipt");
        Assert.Equal(fourSeconds, generation.GetProperty("creditCost").GetInt64());
        Assert.Equal((fourSeconds, fourSeconds), (receipt.GetProperty("held").GetInt64(), receipt.GetProperty("captured").GetInt64()));
        Assert.Equal(100 - fourSeconds, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Theory]
    [InlineData("html")]
    [InlineData("image")]
    [InlineData("truncated")]
    public async Task A_video_model_answering_with_something_that_is_not_a_video_is_refused_and_charges_nothing(string what)
    {
        var user = await app.NewPersonAsync();
        var (body, name) = what switch
        {
            "html" => ("<!doctype html><script>alert(document.cookie)</script>"u8.ToArray(), "out.mp4"),
            "image" => (StudioApp.Jpeg(64, 64), "out.mp4"),
            _ => (TestVideos.Mp4[..600], "out.mp4"),
        };
        // Sent as video/mp4: the host's header is not believed, the bytes are.
        app.Replicate.NextOutputs = [app.Replicate.Serve(body, "video/mp4", name).ToString()];

        var generation = await MakeVideoAsync(user, seconds: 2);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.Equal(0, generation.GetProperty("outputs").GetArrayLength());
        Assert.Equal(0, generation.GetProperty("receipt").GetProperty("captured").GetInt64());
        Assert.Equal(100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    private static async Task<long> QuoteAsync(SignedInUser user, int seconds) =>
        (await user.GetJsonAsync<JsonElement>($"/api/models/{ReplicateStandIn.VideoModelId}/quote?width=480&height=480&durationSeconds={seconds}"))
            .GetProperty("creditCost").GetInt64();

    private static async Task<JsonElement> MakeVideoAsync(SignedInUser user, int seconds)
    {
        var submitted = await StudioApp.SubmitAsync(user, new
        {
            modelId = ReplicateStandIn.VideoModelId,
            prompt = "waves rolling onto a beach",
            parameters = new { width = 480, height = 480, durationSeconds = seconds },
        });
        var id = submitted.GetProperty("id").GetString()!;
        await StudioApp.WaitUntilFinishedAsync(user, id);
        return await user.GetJsonAsync<JsonElement>($"/api/generations/{id}");
    }

    /// <summary>Distinct colours at two bits a channel (64 at most): a frame of colour bars has many, a flat poster two or three.</summary>
    private static int ColourBuckets(SKBitmap picture)
    {
        var buckets = new HashSet<int>();
        for (var y = 0; y < picture.Height; y += 4)
        {
            for (var x = 0; x < picture.Width; x += 4)
            {
                var colour = picture.GetPixel(x, y);
                buckets.Add(((colour.Red >> 6) << 4) | ((colour.Green >> 6) << 2) | (colour.Blue >> 6));
            }
        }

        return buckets.Count;
    }
}
