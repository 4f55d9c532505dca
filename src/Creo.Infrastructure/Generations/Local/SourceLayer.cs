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

    /// <summary>
    /// The photo repainted in the palette: its brightness, stretched to the full range and stepped into
    /// <paramref name="levels"/> bands, picks a colour along <paramref name="tones"/> (dark to light), a little of
    /// its own colour stays, and its edges are drawn darker by <paramref name="edges"/> (0 none, 1 strong). Light and
    /// shapes survive, so the photo stays recognisable in any palette.
    /// </summary>
    public static SKBitmap Painted(SKImage image, int width, int height, IReadOnlyList<SKColor> tones, int levels, float edges)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Black);
            DrawCover(canvas, image, new SKRect(0, 0, width, height));
        }

        var pixels = bitmap.GetPixelSpan();
        var luminance = new float[width * height];
        var histogram = new int[256];
        for (var i = 0; i < luminance.Length; i++)
        {
            var l = ((0.2126f * pixels[i * 4]) + (0.7152f * pixels[(i * 4) + 1]) + (0.0722f * pixels[(i * 4) + 2])) / 255f;
            luminance[i] = l;
            histogram[Math.Min(255, (int)(l * 255))]++;
        }

        var (low, high) = (Percentile(histogram, luminance.Length, 0.02f), Percentile(histogram, luminance.Length, 0.98f));
        var range = Math.Max(high - low, 0.05f);
        var lookup = Enumerable.Range(0, 256).Select(i => ArtPalette.Along(tones, i / 255f)).ToArray();
        var ink = tones[0];
        var steps = Math.Max(levels - 1, 1);

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                var l = Math.Clamp((luminance[i] - low) / range, 0, 1);
                var t = (MathF.Round(l * steps) / steps * 0.7f) + (l * 0.3f);
                var colour = lookup[(int)(t * 255)];
                var edge = Math.Clamp((Gradient(luminance, width, height, x, y) - 0.1f) * 2.5f, 0, 1) * edges;
                var o = i * 4;
                pixels[o] = Paint(colour.Red, pixels[o], ink.Red, edge);
                pixels[o + 1] = Paint(colour.Green, pixels[o + 1], ink.Green, edge);
                pixels[o + 2] = Paint(colour.Blue, pixels[o + 2], ink.Blue, edge);
            }
        }

        bitmap.NotifyPixelsChanged();
        return bitmap;
    }

    // 85% palette, 15% the photo's own colour, then darkened toward the ink where there is an edge.
    private static byte Paint(byte palette, byte own, byte ink, float edge)
    {
        var mixed = (palette * 0.85f) + (own * 0.15f);
        return (byte)(mixed + ((ink - mixed) * edge));
    }

    /// <summary>Sobel magnitude of the brightness at a pixel, borders clamped.</summary>
    private static float Gradient(float[] l, int width, int height, int x, int y)
    {
        var (x0, x1, y0, y1) = (Math.Max(x - 1, 0), Math.Min(x + 1, width - 1), Math.Max(y - 1, 0) * width, Math.Min(y + 1, height - 1) * width);
        var row = y * width;
        var gx = (l[y0 + x1] + (2 * l[row + x1]) + l[y1 + x1]) - (l[y0 + x0] + (2 * l[row + x0]) + l[y1 + x0]);
        var gy = (l[y1 + x0] + (2 * l[y1 + x]) + l[y1 + x1]) - (l[y0 + x0] + (2 * l[y0 + x]) + l[y0 + x1]);
        return MathF.Sqrt((gx * gx) + (gy * gy));
    }

    private static float Percentile(int[] histogram, int total, float fraction)
    {
        var wanted = total * fraction;
        var seen = 0;
        for (var i = 0; i < histogram.Length; i++)
        {
            seen += histogram[i];
            if (seen >= wanted)
            {
                return i / 255f;
            }
        }

        return 1;
    }
}
