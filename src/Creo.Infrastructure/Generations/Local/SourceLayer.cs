using Creo.Application.Generations.Providers;
using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>The person's source image as the base of a render: decoded, then cropped to fill the frame.</summary>
internal static class SourceLayer
{
    public static SKImage Decode(ProviderSourceImage source) =>
        SKImage.FromEncodedData(source.Content)
        ?? throw new DomainException("source-image-unreadable", "The source image could not be read.");

    /// <summary>Draws <paramref name="image"/> over <paramref name="destination"/>, cropping its longer side like CSS <c>object-fit: cover</c>.</summary>
    public static void DrawCover(SKCanvas canvas, SKImage image, SKRect destination, SKPaint? paint = null)
    {
        var scale = Math.Max(destination.Width / image.Width, destination.Height / image.Height);
        var cropWidth = destination.Width / scale;
        var cropHeight = destination.Height / scale;
        var crop = SKRect.Create((image.Width - cropWidth) / 2, (image.Height - cropHeight) / 2, cropWidth, cropHeight);

        // Mipmaps keep a large photo from shimmering when it is drawn much smaller than it is.
        canvas.DrawImage(image, crop, destination, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    /// <summary>The image at a small size, for reading colours at points without decoding per point.</summary>
    public static SKBitmap Thumbnail(SKImage image, int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        DrawCover(canvas, image, new SKRect(0, 0, width, height));
        return bitmap;
    }

    /// <summary>Maps luminance onto a gradient from <paramref name="dark"/> to <paramref name="light"/>: the photo's shapes in the palette's colours.</summary>
    public static SKColorFilter Duotone(SKColor dark, SKColor light)
    {
        float[] Row(byte d, byte l)
        {
            var range = (l - d) / 255f;
            return [0.2126f * range, 0.7152f * range, 0.0722f * range, 0, d / 255f];
        }

        return SKColorFilter.CreateColorMatrix([.. Row(dark.Red, light.Red), .. Row(dark.Green, light.Green), .. Row(dark.Blue, light.Blue), 0, 0, 0, 1, 0]);
    }
}
