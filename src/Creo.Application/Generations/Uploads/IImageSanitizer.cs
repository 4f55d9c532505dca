namespace Creo.Application.Generations.Uploads;

/// <summary>
/// Judges an upload by its content and re-encodes it, so nothing but pixels survives: no EXIF, no GPS, no
/// embedded thumbnails or comments. Anything that does not decode as an image is refused with
/// <see cref="Common.Errors.InvalidInputException"/>.
/// </summary>
public interface IImageSanitizer
{
    Task<SanitizedImage> SanitizeAsync(Stream content, CancellationToken cancellationToken);
}

/// <summary>A re-encoded image (PNG) ready for storage.</summary>
public sealed record SanitizedImage(byte[] Content, string ContentType, int Width, int Height);
