using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>Mountains, hills, dunes and water: bands across the picture, paler with distance as air makes them.</summary>
internal static class Landforms
{
    /// <summary>A layer's colour: far layers fade into the light of the sky, near ones go deep.</summary>
    public static SKColor Layer(ArtContext art, int index, float depth)
    {
        // A little of the sky's shade in every layer keeps a hillside from glowing like a highlighter.
        var colour = ArtPalette.Mix(art.Palette.Accent(index), art.Palette.Shade, 0.2f);
        var far = ArtPalette.Mix(colour, art.Palette.Glow, 0.55f);
        var near = art.Palette.IsDark ? ArtPalette.Mix(colour, art.Palette.Deep, 0.55f) : ArtPalette.Mix(colour, SKColors.Black, 0.4f);
        return ArtPalette.Mix(far, near, depth);
    }

    public static void Mountains(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var count = 3 + art.Random.Below(2);
        for (var i = 0; i < count; i++)
        {
            var depth = i / (count - 1f);
            var top = layout.Horizon - (art.SpanY * (0.32f - (0.22f * depth)));
            var foot = layout.Horizon + (0.12f * depth);
            Band(canvas, art, Ridge(art, 0.55f), top, foot, Layer(art, i, depth));
        }
    }

    /// <summary>Gentle hills under trees or a low sky, where no other ground was asked for.</summary>
    public static void Hills(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        for (var i = 0; i < 2; i++)
        {
            var depth = 0.5f + (i * 0.5f);
            Band(canvas, art, Ridge(art, 0.45f), layout.Horizon - 0.06f + (i * 0.05f), layout.Horizon + 0.02f + (i * 0.06f), Layer(art, i + 1, depth));
        }
    }

    public static void Dunes(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var random = art.Random;
        const int count = 4;
        var smooth = art.Style != ArtStyle.Geometric;
        for (var i = 0; i < count; i++)
        {
            var depth = i / (count - 1f);
            var baseY = layout.Horizon + ((art.SpanY - layout.Horizon) * ((0.6f * depth * depth) + (0.05f * (1 - depth))));
            var (f1, f2, p1, p2) = (random.Between(3, 7), random.Between(8, 14), random.Between(0, MathF.Tau), random.Between(0, MathF.Tau));
            var (a1, a2) = (0.02f + (0.035f * depth), 0.006f + (0.01f * depth));
            var points = smooth ? 80 : 9;
            var heights = new float[points + 1];
            for (var p = 0; p <= points; p++)
            {
                var x = p / (float)points * art.SpanX;
                heights[p] = baseY - (a1 * MathF.Sin((f1 * x) + p1)) - (a2 * MathF.Sin((f2 * x) + p2));
            }

            var colour = Layer(art, i, depth);
            using var path = Outline(art, heights);
            var lit = ArtPalette.Mix(colour, art.Palette.Glow, 0.35f);
            using var shader = SKShader.CreateLinearGradient(art.At(0, baseY - a1), art.At(0, baseY + 0.2f), [lit, colour], SKShaderTileMode.Clamp);
            using var paint = art.Fill(colour);
            paint.Shader = shader;
            canvas.DrawPath(path, paint);
            Ink(canvas, art, path);
        }
    }

    public static void Water(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var random = art.Random;
        var palette = art.Palette;
        var surface = ArtPalette.Mix(palette.Glow, palette.Accent(0), 0.4f);
        var below = palette.IsDark ? ArtPalette.Mix(palette.Accent(0), palette.Deep, 0.7f) : ArtPalette.Mix(palette.Accent(0), SKColors.Black, 0.25f);
        using (var shader = SKShader.CreateLinearGradient(art.At(0, layout.Horizon), art.At(0, art.SpanY), [surface, below], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(SKRect.Create(0, layout.Horizon * art.Unit, art.Width, art.Height), paint);
        }

        // Short strokes that lengthen toward the viewer read as waves; a column of them under the sun as its reflection.
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        var glint = ArtPalette.Mix(palette.Glow, SKColors.White, 0.4f);
        var depthSpan = art.SpanY - layout.Horizon;
        for (var i = 0; i < 220; i++)
        {
            var t = random.NextFloat();
            var y = layout.Horizon + (depthSpan * MathF.Pow(t, 1.7f));
            var underSun = i % 3 == 0;
            var x = underSun ? layout.Sun.X + (random.Between(-1, 1) * (0.02f + (0.12f * t))) : random.Between(-0.05f, art.SpanX);
            var length = 0.015f + (0.11f * t * random.NextFloat());
            stroke.Color = (underSun ? glint : ArtPalette.Mix(surface, glint, 0.3f)).WithAlpha((byte)random.Between(underSun ? 110 : 40, underSun ? 220 : 120));
            stroke.StrokeWidth = art.Unit * (0.0008f + (0.004f * t));
            canvas.DrawLine(art.At(x, y), art.At(x + length, y), stroke);
        }
    }

    /// <summary>A filled band whose top edge follows <paramref name="ridge"/> (0 low to 1 high) between <paramref name="top"/> and <paramref name="foot"/>.</summary>
    private static void Band(SKCanvas canvas, ArtContext art, float[] ridge, float top, float foot, SKColor colour)
    {
        var heights = ridge.Select(h => foot - (h * (foot - top))).ToArray();
        using var path = Outline(art, heights);
        var lower = art.Palette.IsDark ? ArtPalette.Mix(colour, art.Palette.Deep, 0.4f) : ArtPalette.Mix(colour, SKColors.Black, 0.12f);
        using var shader = SKShader.CreateLinearGradient(art.At(0, top), art.At(0, foot + 0.25f), [colour, lower], SKShaderTileMode.Clamp);
        using var paint = art.Fill(colour);
        paint.Shader = shader;
        canvas.DrawPath(path, paint);
        Ink(canvas, art, path);
    }

    /// <summary>The shape under a line of heights spread evenly across the picture, closed along the bottom edge.</summary>
    private static SKPath Outline(ArtContext art, float[] heights)
    {
        var path = new SKPath();
        path.MoveTo(art.At(-0.01f, art.SpanY + 0.01f));
        for (var i = 0; i < heights.Length; i++)
        {
            path.LineTo(art.At((i / (heights.Length - 1f) * (art.SpanX + 0.02f)) - 0.01f, heights[i]));
        }

        path.LineTo(art.At(art.SpanX + 0.01f, art.SpanY + 0.01f));
        path.Close();
        return path;
    }

    /// <summary>Ink draws its shapes' edges.</summary>
    public static void Ink(SKCanvas canvas, ArtContext art, SKPath path)
    {
        if (art.Style != ArtStyle.Ink)
        {
            return;
        }

        using var pen = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = art.Unit * 0.0022f, Color = art.Palette.Tones()[0].WithAlpha(220) };
        canvas.DrawPath(path, pen);
    }

    /// <summary>Midpoint displacement: a ridge line in [0, 1], jagged by <paramref name="roughness"/>; few straight facets in the geometric style.</summary>
    private static float[] Ridge(ArtContext art, float roughness)
    {
        var random = art.Random;
        var levels = art.Style == ArtStyle.Geometric ? 3 : 6;
        var n = (1 << levels) + 1;
        var h = new float[n];
        (h[0], h[n - 1]) = (random.Between(-1, 1), random.Between(-1, 1));
        var amplitude = 1f;
        for (var step = n - 1; step > 1; step /= 2)
        {
            for (var i = step / 2; i < n; i += step)
            {
                h[i] = ((h[i - (step / 2)] + h[i + (step / 2)]) / 2) + random.Between(-amplitude, amplitude);
            }

            amplitude *= roughness;
        }

        var (min, max) = (h.Min(), h.Max());
        return [.. h.Select(v => (v - min) / Math.Max(max - min, 1e-3f))];
    }
}
