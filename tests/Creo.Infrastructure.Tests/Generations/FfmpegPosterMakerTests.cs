using Creo.Infrastructure.Generations.Thumbnails;
using Creo.Infrastructure.Generations.Videos;
using Creo.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>
/// Poster frames: ffmpeg (installed where the tests run, as in the image) takes a real frame; without it, or for a
/// file it cannot decode, the poster is the generated picture, marked provisional, and never an error.
/// </summary>
public sealed class FfmpegPosterMakerTests : IDisposable
{
    private readonly SkiaThumbnailMaker thumbnails = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_ffmpeg_the_poster_is_a_frame_of_the_video()
    {
        using var maker = Maker(configuredPath: null, out var locator);
        Assert.NotNull(locator.Path); // scripts/test.sh installs ffmpeg, as the Dockerfile does.

        var poster = await maker.MakeAsync(new MemoryStream(TestVideos.Mp4), 400, Cancel);

        Assert.False(poster.Provisional);
        using var picture = SKBitmap.Decode(poster.Content);
        Assert.Equal((240, 240), (picture.Width, picture.Height));
        Assert.NotEqual(GeneratedPoster.Make(400).Content, poster.Content);
    }

    [Fact]
    public async Task Without_ffmpeg_the_poster_is_generated_and_provisional()
    {
        using var maker = Maker(configuredPath: "/nonexistent/ffmpeg", out var locator);

        var poster = await maker.MakeAsync(new MemoryStream(TestVideos.Mp4), 400, Cancel);

        Assert.Null(locator.Path);
        Assert.True(poster.Provisional);
        Assert.Equal(GeneratedPoster.Make(400).Content, poster.Content);
    }

    [Fact]
    public async Task A_file_ffmpeg_cannot_decode_gets_the_generated_poster()
    {
        using var maker = Maker(configuredPath: null, out _);
        var broken = TestVideos.Mp4[..900];

        var poster = await maker.MakeAsync(new MemoryStream(broken), 400, Cancel);

        Assert.True(poster.Provisional);
    }

    public void Dispose() => thumbnails.Dispose();

    private FfmpegPosterMaker Maker(string? configuredPath, out FfmpegLocator locator)
    {
        var options = Options.Create(new VideoOptions { FfmpegPath = configuredPath });
        locator = new FfmpegLocator(options);
        return new FfmpegPosterMaker(locator, thumbnails, options, NullLogger<FfmpegPosterMaker>.Instance);
    }
}
