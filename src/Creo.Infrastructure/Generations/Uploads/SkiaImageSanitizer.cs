using Creo.Application.Common.Errors;
using Creo.Application.Generations.Uploads;
using Creo.Domain.Generations;
using SkiaSharp;

namespace Creo.Infrastructure.Generations.Uploads;

/// <summary>
/// Trusts neither the file name nor the declared type: an upload is an image only if Skia decodes it whole.
/// What is stored is a fresh PNG of the decoded pixels, turned upright, so EXIF, GPS, XMP, comments and
/// embedded thumbnails cannot survive.
/// </summary>
internal sealed class SkiaImageSanitizer : IImageSanitizer
{
    public const int MaxSide = 8192;

    /// <summary>160 MB of pixels once decoded; the header is checked against this before any pixel is.</summary>
    public const long MaxPixels = 40_000_000;

    public async Task<SanitizedImage> SanitizeAsync(Stream content, CancellationToken cancellationToken)
    {
        var bytes = await ReadAtMostAsync(content, Upload.MaxBytes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Sanitize(bytes);
    }

    private static SanitizedImage Sanitize(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw NotAnImage();

        // A few kilobytes can claim to be gigapixels; the header is all that has been read so far, and it decides.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width < 1 || height < 1)
        {
            throw NotAnImage();
        }

        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            throw new InvalidInputException(
                "image-too-large",
                $"Images may be at most {MaxSide} pixels on a side and {MaxPixels / 1_000_000} megapixels in all.");
        }

        // Decoded into sRGB so the PNG needs no embedded ICC profile, the last piece of the original's metadata.
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);

        // Anything short of a whole decode is refused: a truncated file would otherwise come back half grey.
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            throw NotAnImage();
        }

        using var upright = Orientation.Upright(decoded, codec.EncodedOrigin);
        using var pixels = upright.PeekPixels();
        return new SanitizedImage(PngEncoding.Encode(pixels), "image/png", upright.Width, upright.Height);
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes, so an endless or huge body is refused without being held.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > limit)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static InvalidInputException NotAnImage() =>
        new("not-an-image", "This file is not an image we can read. Upload a PNG, JPEG, WebP or GIF.");

    private static InvalidInputException TooLarge() =>
        new("upload-too-large", $"Uploads may be at most {Upload.MaxBytes / (1024 * 1024)} MB.");
}
