using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>What a person sees in a picture, in numbers: its dominant hue, how colourful, how bright, and its layout.</summary>
internal static class PixelMeasures
{
    /// <summary>The hue (0–360°) the colourful pixels lean to: a mean of hue angles weighted by saturation × value.</summary>
    public static double DominantHue(SKBitmap bitmap)
    {
        var (x, y) = (0.0, 0.0);
        foreach (var (hue, saturation, value) in Sample(bitmap))
        {
            var weight = saturation * value;
            x += weight * Math.Cos(hue * Math.PI / 180);
            y += weight * Math.Sin(hue * Math.PI / 180);
        }

        return ((Math.Atan2(y, x) * 180 / Math.PI) + 360) % 360;
    }

    /// <summary>Mean HSV saturation, 0 (grey) to 1.</summary>
    public static double MeanSaturation(SKBitmap bitmap) => Sample(bitmap).Average(p => p.Saturation);

    /// <summary>Mean brightness, 0–255.</summary>
    public static double MeanLuminance(SKBitmap bitmap) => TestImages.MeanLuminance(bitmap, 0, bitmap.Width);

    /// <summary>The picture shrunk to <paramref name="size"/>² and read as brightness (0–1), row by row.</summary>
    public static double[] LuminanceGrid(SKBitmap bitmap, int size)
    {
        using var small = bitmap.Resize(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        var grid = new double[size * size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var p = small.GetPixel(x, y);
                grid[(y * size) + x] = ((0.2126 * p.Red) + (0.7152 * p.Green) + (0.0722 * p.Blue)) / 255;
            }
        }

        return grid;
    }

    /// <summary>Pearson correlation: 1 when two grids rise and fall together, 0 when unrelated.</summary>
    public static double Correlation(double[] a, double[] b)
    {
        var (meanA, meanB) = (a.Average(), b.Average());
        double covariance = 0, varianceA = 0, varianceB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            covariance += (a[i] - meanA) * (b[i] - meanB);
            varianceA += (a[i] - meanA) * (a[i] - meanA);
            varianceB += (b[i] - meanB) * (b[i] - meanB);
        }

        return covariance / Math.Sqrt(Math.Max(varianceA * varianceB, 1e-12));
    }

    public static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }

    /// <summary>
    /// How much of the picture's large-scale change runs top to bottom rather than side to side: near 1 for
    /// horizontal bands (a horizon, a sea, dunes), near 0.5 for a picture with no such direction.
    /// </summary>
    public static double HorizontalBanding(SKBitmap bitmap)
    {
        const int size = 24;
        var grid = LuminanceGrid(bitmap, size);
        var rows = Enumerable.Range(0, size).Select(r => grid.Skip(r * size).Take(size).Average()).ToArray();
        var columns = Enumerable.Range(0, size).Select(c => Enumerable.Range(0, size).Average(r => grid[(r * size) + c])).ToArray();
        var (rowSpread, columnSpread) = (StandardDeviation(rows), StandardDeviation(columns));
        return rowSpread / Math.Max(rowSpread + columnSpread, 1e-9);
    }

    private static IEnumerable<(double Hue, double Saturation, double Value)> Sample(SKBitmap bitmap)
    {
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var p = bitmap.GetPixel(x, y);
                var (r, g, b) = (p.Red / 255.0, p.Green / 255.0, p.Blue / 255.0);
                var (max, min) = (Math.Max(r, Math.Max(g, b)), Math.Min(r, Math.Min(g, b)));
                var delta = max - min;
                var hue = delta == 0 ? 0
                    : max == r ? 60 * (((g - b) / delta) + 6) % 360
                    : max == g ? 60 * (((b - r) / delta) + 2)
                    : 60 * (((r - g) / delta) + 4);
                yield return (hue, max == 0 ? 0 : delta / max, max);
            }
        }
    }
}
