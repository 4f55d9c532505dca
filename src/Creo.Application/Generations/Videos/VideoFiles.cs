namespace Creo.Application.Generations.Videos;

/// <summary>
/// Reads a video's length and picture size from its own bytes, by the container its first bytes show (MP4 or WebM).
/// Pure C# over a buffer already in memory: nothing is decoded, no native code runs, and a hostile file's claimed
/// sizes are only ever compared with what is really there, never allocated.
/// </summary>
internal static class VideoFiles
{
    /// <summary>Longer than any model makes; a file claiming more is refused rather than recorded.</summary>
    public const double MaxDurationSeconds = 24 * 60 * 60;

    /// <summary>Wider or taller than this is no video a model made (8K is 7680).</summary>
    public const int MaxSide = 16384;

    /// <summary>The facts of a video of <paramref name="contentType"/>, or null when they cannot be read or make no sense.</summary>
    public static VideoFacts? Read(ReadOnlySpan<byte> content, string contentType)
    {
        var facts = contentType switch
        {
            "video/mp4" => Mp4Reader.Read(content),
            "video/webm" => WebmReader.Read(content),
            _ => null,
        };
        return facts is { DurationSeconds: > 0 and <= MaxDurationSeconds, Width: > 0 and <= MaxSide, Height: > 0 and <= MaxSide } ? facts : null;
    }
}
