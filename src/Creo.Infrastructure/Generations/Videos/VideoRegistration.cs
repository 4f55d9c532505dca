using Creo.Application.Generations.Thumbnails;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.Videos;

internal static class VideoRegistration
{
    /// <summary>Video posters: a frame taken by ffmpeg when it is there, a generated picture when it is not.</summary>
    public static IServiceCollection AddCreoVideoPosters(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked as the app starts, like every setting: a timeout of zero or past five minutes stops it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VideoOptions>, VideoOptionsValidator>());
        services.AddOptions<VideoOptions>().Bind(configuration.GetSection(VideoOptions.Section)).ValidateOnStart();
        services.AddSingleton<FfmpegLocator>();
        services.AddSingleton<IVideoPosterMaker, FfmpegPosterMaker>();
        services.AddHostedService<FfmpegStartupCheck>();
        return services;
    }
}
