using Creo.Application.Generations.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Generations;

/// <summary>
/// How a host page turns an uploaded file into a sanitized image: through the generations module's web side, so the
/// studio page never holds the module's sanitizer port itself (pages use modules only through their contracts).
/// </summary>
internal static class UploadedImages
{
    public static Task<SanitizedImage> SanitizeAsync(IServiceProvider services, Stream content, CancellationToken cancellationToken) =>
        services.GetRequiredService<IImageSanitizer>().SanitizeAsync(content, cancellationToken);
}
