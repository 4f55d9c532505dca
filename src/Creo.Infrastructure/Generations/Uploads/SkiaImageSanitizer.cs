using Creo.Application.Common.Errors;
using Creo.Application.Generations.Uploads;
using Creo.Domain.Generations;
using SkiaSharp;

namespace Creo.Infrastructure.Generations.Uploads;

/// <summary>
/// Trusts neither the file name nor the declared type: an upload is an image only if Skia decodes it whole.
/// What is stored is a fresh PNG of the decoded pixels, turned upright, so EXIF, GPS, XMP, comments and
/// embedded thumbnails cannot survive. The header alone decides whether an image is small enough to decode
/// (<see cref="UploadsOptions.MaxMegapixels"/>), and decodes take turns (<see cref="UploadDecodeSlots"/>).
/// </summary>
internal sealed class SkiaImageSanitizer(UploadsOptions options, UploadDecodeSlots slots) : IImageSanitizer
{
    public const int MaxSide = 8192;

    public async Task<SanitizedImage> SanitizeAsync(Stream content, CancellationToken cancellationToken)
    {
        var bytes = await ReadAtMostAsync(content, Upload.MaxBytes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw NotAnImage();
        CheckSize(codec.Info.Width, codec.Info.Height);

        // Only now, with the size known to fit, does the upload wait for a slot to decode in.
        using var slot = await slots.AcquireAsync(cancellationToken);
        if (!slot.IsAcquired)
        {
            throw new TooManyRequestsException("uploads-busy", "Many images are being processed right now; try again in a few seconds.");
        }

        return Decode(codec);
    }

    /// <summary>A few hundred bytes can claim to be gigapixels; the header is all that has been read so far, and it decides.</summary>
    private void CheckSize(int width, int height)
    {
        if (width < 1 || height < 1)
        {
            throw NotAnImage();
        }

        if (width > MaxSide || height > MaxSide || (long)width * height > options.MaxPixels)
        {
            throw new InvalidInputException(
                "image-too-large",
                $"Images may be at most {MaxSide} pixels on a side and {options.MaxMegapixels} megapixels in all.");
        }
    }

    private static SanitizedImage Decode(SKCodec codec)
    {
        // Decoded into sRGB so the PNG needs no embedded ICC profile, the last piece of the original's metadata.
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
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
