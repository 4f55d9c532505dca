using Creo.Application.Generations.Thumbnails;

namespace Creo.Infrastructure.Generations.Videos;

internal static class VideoRegistration
{
    /// <summary>Video posters: a frame taken by ffmpeg when it is there, a generated picture when it is not.</summary>
    public static IServiceCollection AddCreoVideoPosters(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<VideoOptions>(configuration.GetSection(VideoOptions.Section));
        services.AddSingleton<FfmpegLocator>();
        services.AddSingleton<IVideoPosterMaker, FfmpegPosterMaker>();
        services.AddHostedService<FfmpegStartupCheck>();
        return services;
    }
}
