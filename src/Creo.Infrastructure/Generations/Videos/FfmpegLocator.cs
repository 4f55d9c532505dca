using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.Videos;

/// <summary>
/// Where ffmpeg is: <c>Video__FfmpegPath</c> when set, else the first <c>ffmpeg</c> on PATH; null when there is none.
/// Looked up once, so every poster after the first starts no search.
/// </summary>
internal sealed class FfmpegLocator(IOptions<VideoOptions> options)
{
    private readonly Lazy<string?> path = new(() => Find(options.Value.FfmpegPath));

    public string? Path => path.Value;

    /// <summary>What was looked for, for the warning when nothing was found.</summary>
    public string Sought => string.IsNullOrWhiteSpace(options.Value.FfmpegPath) ? "ffmpeg on PATH" : $"Video__FfmpegPath ({options.Value.FfmpegPath})";

    private static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? System.IO.Path.GetFullPath(configured) : null;
        }

        var name = OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg";
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(System.IO.Path.IsPathRooted)
            .Select(directory => System.IO.Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }
}
