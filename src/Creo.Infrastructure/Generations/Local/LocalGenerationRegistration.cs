using Creo.Application.Generations.Providers;
using Creo.Application.Generations.Uploads;
using Creo.Infrastructure.Generations.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Generations.Local;

internal static class LocalGenerationRegistration
{
    /// <summary>The provider and the upload sanitizer that need nothing configured: both are SkiaSharp on this machine.</summary>
    public static IServiceCollection AddCreoLocalGeneration(this IServiceCollection services)
    {
        services.AddSingleton<IGenerationProvider, LocalImageProvider>();
        services.AddSingleton<IImageSanitizer, SkiaImageSanitizer>();
        return services;
    }
}
