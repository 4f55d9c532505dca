using System.Diagnostics;
using Creo.Application.Generations.Thumbnails;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.Videos;

/// <summary>
/// Takes a video's first frame with ffmpeg and makes the thumbnail of it like an image's. ffmpeg runs as a process of
/// its own (arguments as a list, no shell), reads a temporary copy of the video, writes one PNG frame with its short
/// side at most the thumbnail's size, and is killed past <see cref="VideoOptions.FrameTimeout"/>. Without ffmpeg, or
/// when it fails, the poster is <see cref="GeneratedPoster"/>: a video without a frame is still a video, not an error.
/// </summary>
internal sealed class FfmpegPosterMaker(
    FfmpegLocator ffmpeg, IThumbnailMaker thumbnails, IOptions<VideoOptions> options, ILogger<FfmpegPosterMaker> logger)
    : IVideoPosterMaker, IDisposable
{
    /// <summary>Decoding takes a core; more at once would only queue inside the machine.</summary>
    private readonly SemaphoreSlim turns = new(Environment.ProcessorCount);

    public async Task<Thumbnail> MakeAsync(Stream video, int size, CancellationToken cancellationToken)
    {
        if (ffmpeg.Path is { } executable)
        {
            var frame = await FrameAsync(executable, video, size, cancellationToken);
            if (frame is not null && await thumbnails.MakeAsync(new MemoryStream(frame), size, cancellationToken) is { } thumbnail)
            {
                return thumbnail;
            }
        }

        return GeneratedPoster.Make(size);
    }

    public void Dispose() => turns.Dispose();

    private async Task<byte[]?> FrameAsync(string executable, Stream video, int size, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("creo-poster-");
        try
        {
            var input = Path.Combine(directory.FullName, "video");
            var output = Path.Combine(directory.FullName, "frame.png");
            await using (var file = File.Create(input))
            {
                await video.CopyToAsync(file, cancellationToken);
            }

            await turns.WaitAsync(cancellationToken);
            try
            {
                return await RunAsync(executable, Arguments(input, output, size), output, cancellationToken);
            }
            finally
            {
                turns.Release();
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private async Task<byte[]?> RunAsync(string executable, IEnumerable<string> arguments, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.FrameTimeout);
        // Both pipes drained as it runs, so a chatty ffmpeg never blocks on a full one.
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var ignored = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            logger.LogWarning("ffmpeg took longer than {Timeout} for a poster frame and was stopped", options.Value.FrameTimeout);
            return null;
        }

        await Task.WhenAll(errors, ignored);
        if (process.ExitCode != 0 || !File.Exists(output))
        {
            // Its first line only: enough to tell a missing codec from a broken file, never the whole log.
            logger.LogWarning("ffmpeg could not take a poster frame (exit code {ExitCode}): {Error}", process.ExitCode, FirstLine(await errors));
            return null;
        }

        return await File.ReadAllBytesAsync(output, cancellationToken);
    }

    /// <summary>
    /// One frame, its short side scaled down to <paramref name="size"/> (never up); input and output are files we
    /// named, so nothing from the video's host reaches the command line.
    /// </summary>
    private static string[] Arguments(string input, string output, int size) =>
    [
        "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
        "-i", input,
        "-frames:v", "1", "-an", "-sn", "-dn",
        "-vf", $"scale=w='if(gte(iw,ih),-2,min(iw,{size}))':h='if(gte(iw,ih),min(ih,{size}),-2)'",
        "-f", "image2", "-c:v", "png",
        output,
    ];

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200];
    }
}
