using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>Pictures built in code for the tests, and ways to look at the pixels of a result.</summary>
internal static class TestImages
{
    /// <summary>Four flat quadrants, so where each one lands shows how an image was turned.</summary>
    public static readonly SKColor[] QuadrantColours = [SKColors.Red, SKColors.Lime, SKColors.Blue, SKColors.Yellow];

    /// <summary>Top-left red, top-right green, bottom-left blue, bottom-right yellow.</summary>
    public static SKBitmap Quadrants(int width, int height)
    {
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint();
        var (halfWidth, halfHeight) = (width / 2, height / 2);
        foreach (var (colour, x, y) in new[] { (QuadrantColours[0], 0, 0), (QuadrantColours[1], halfWidth, 0), (QuadrantColours[2], 0, halfHeight), (QuadrantColours[3], halfWidth, halfHeight) })
        {
            paint.Color = colour;
            canvas.DrawRect(x, y, halfWidth, halfHeight, paint);
        }

        return bitmap;
    }

    /// <summary>Black on the left half and white on the right, or the other way round.</summary>
    public static byte[] HalvesPng(int width, int height, bool whiteOnRight)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(whiteOnRight ? SKColors.Black : SKColors.White);
        using var paint = new SKPaint { Color = whiteOnRight ? SKColors.White : SKColors.Black };
        canvas.DrawRect(width / 2, 0, width - (width / 2), height, paint);
        return Encode(bitmap, SKEncodedImageFormat.Png);
    }

    /// <summary>Smooth gradients with detail, so a JPEG of it is big enough to cut in half meaningfully.</summary>
    public static SKBitmap Busy(int width, int height)
    {
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 7), (byte)(y * 5), (byte)((x ^ y) * 3)));
            }
        }

        return bitmap;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 95)
    {
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    public static SKBitmap Decode(byte[] encoded) => SKBitmap.Decode(encoded) ?? throw new InvalidOperationException("The bytes do not decode.");

    /// <summary>Mean absolute difference per channel, 0 (identical) to 255 (black against white).</summary>
    public static double MeanDifference(SKBitmap a, SKBitmap b)
    {
        long sum = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
            }
        }

        return sum / (3.0 * a.Width * a.Height);
    }

    /// <summary>Mean brightness (0–255) of the columns from <paramref name="fromX"/> up to <paramref name="toX"/>.</summary>
    public static double MeanLuminance(SKBitmap bitmap, int fromX, int toX)
    {
        double sum = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = fromX; x < toX; x++)
            {
                var p = bitmap.GetPixel(x, y);
                sum += (0.2126 * p.Red) + (0.7152 * p.Green) + (0.0722 * p.Blue);
            }
        }

        return sum / ((toX - fromX) * (double)bitmap.Height);
    }

    /// <summary>Which of <see cref="QuadrantColours"/> a (JPEG-blurred) pixel is closest to.</summary>
    public static SKColor NearestQuadrantColour(SKColor pixel) =>
        QuadrantColours.MinBy(c => Math.Abs(c.Red - pixel.Red) + Math.Abs(c.Green - pixel.Green) + Math.Abs(c.Blue - pixel.Blue));

    public static bool Contains(byte[] haystack, string ascii) => haystack.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(ascii)) >= 0;
}
