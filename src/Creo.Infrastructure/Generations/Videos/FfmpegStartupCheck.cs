using Microsoft.Extensions.Hosting;

namespace Creo.Infrastructure.Generations.Videos;

/// <summary>Says once, as the app starts, when video posters will be generated pictures because ffmpeg is missing.</summary>
internal sealed class FfmpegStartupCheck(FfmpegLocator ffmpeg, ILogger<FfmpegStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (ffmpeg.Path is null)
        {
            logger.LogWarning("No ffmpeg found ({Sought}): video posters will be generated pictures, not frames of the video", ffmpeg.Sought);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
