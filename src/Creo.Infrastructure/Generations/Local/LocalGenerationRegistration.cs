using Creo.Application.Generations.Providers;
using Creo.Application.Generations.Uploads;
using Creo.Infrastructure.Generations.Uploads;

namespace Creo.Infrastructure.Generations.Local;

internal static class LocalGenerationRegistration
{
    /// <summary>The provider and the upload sanitizer that need nothing configured: both are SkiaSharp on this machine.</summary>
    public static IServiceCollection AddCreoLocalGeneration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IGenerationProvider, LocalImageProvider>();
        var uploads = configuration.GetSection(UploadsOptions.Section).Get<UploadsOptions>() ?? new UploadsOptions();
        services.AddSingleton(new UploadDecodeSlots(uploads));
        services.AddSingleton<IImageSanitizer>(provider => new SkiaImageSanitizer(uploads, provider.GetRequiredService<UploadDecodeSlots>()));
        return services;
    }
}
