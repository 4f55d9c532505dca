using Creo.Application.Common.Settings;

namespace Creo.Infrastructure.Generations.Videos;

/// <summary>Settings under <c>Video__…</c>: the decoder that takes a video's poster frame.</summary>
public sealed class VideoOptions
{
    public const string Section = "Video";

    /// <summary>The ffmpeg executable; unset, <c>ffmpeg</c> is looked for on PATH. Not found, posters are generated.</summary>
    public string? FfmpegPath { get; set; }

    /// <summary>How long one frame may take before ffmpeg is killed and the poster generated instead.</summary>
    [DurationSetting("Video__FrameTimeout", "00:05:00")]
    public TimeSpan FrameTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
