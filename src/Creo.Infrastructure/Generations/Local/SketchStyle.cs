using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// "Local Sketch": a gradient sky (or the source photo in two tones), soft glows, a sun, and hundreds of fine
/// strokes drifting along a flow field, with orbits and dust on top.
/// </summary>
internal static class SketchStyle
{
    public static void Draw(SKCanvas canvas, ArtContext art)
    {
        Ground(canvas, art);
        Glows(canvas, art);
        Sun(canvas, art);
        Streams(canvas, art);
        Orbits(canvas, art);
        Dust(canvas, art);
    }

    private static void Ground(SKCanvas canvas, ArtContext art)
    {
        var palette = art.Palette;
        var angle = art.Random.Between(0, MathF.Tau);
        var centre = art.At(art.SpanX / 2, art.SpanY / 2);
        var reach = art.Unit * 0.75f;
        var from = new SKPoint(centre.X - (MathF.Cos(angle) * reach), centre.Y - (MathF.Sin(angle) * reach));
        var to = new SKPoint(centre.X + (MathF.Cos(angle) * reach), centre.Y + (MathF.Sin(angle) * reach));
        using var gradient = SKShader.CreateLinearGradient(from, to, [palette.Deep, palette.Shade, palette.Deep], [0, 0.6f, 1], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = gradient };

        if (art.Source is null)
        {
            canvas.DrawRect(art.Bounds, paint);
            return;
        }

        // The photo keeps its shapes and light but takes the palette's colours; the gradient then tints it lightly.
        var dark = palette.IsDark ? palette.Deep : ArtPalette.Mix(palette.Accent(3), SKColors.Black, 0.5f);
        var light = ArtPalette.Mix(palette.Accent(0), SKColors.White, 0.45f);
        using var duotone = new SKPaint { ColorFilter = SourceLayer.Duotone(dark, light) };
        SourceLayer.DrawCover(canvas, art.Source, art.Bounds, duotone);
        paint.Color = paint.Color.WithAlpha(90);
        canvas.DrawRect(art.Bounds, paint);
    }

    private static void Glows(SKCanvas canvas, ArtContext art)
    {
        var count = 3 + art.Random.Below(3);
        for (var i = 0; i < count; i++)
        {
            var centre = art.AnyPoint();
            var radius = art.Random.Between(0.25f, 0.6f) * art.Unit;
            var colour = art.Palette.Accent(i).WithAlpha((byte)(art.Source is null ? 150 : 90));
            using var glow = SKShader.CreateRadialGradient(art.At(centre.X, centre.Y), radius, [colour, colour.WithAlpha(0)], SKShaderTileMode.Clamp);

            // Light adds to a dark sky and ink darkens a pale one, as it would on screen and on paper.
            using var paint = new SKPaint { Shader = glow, BlendMode = art.Palette.IsDark ? SKBlendMode.Screen : SKBlendMode.Multiply };
            canvas.DrawRect(art.Bounds, paint);
        }
    }

    private static void Sun(SKCanvas canvas, ArtContext art)
    {
        var centre = art.At(art.Random.Between(0.15f, 0.85f) * art.SpanX, art.Random.Between(0.15f, 0.85f) * art.SpanY);
        var radius = art.Random.Between(0.05f, 0.12f) * art.Unit;
        var top = new SKPoint(centre.X, centre.Y - radius);
        var bottom = new SKPoint(centre.X, centre.Y + radius);
        using var fill = SKShader.CreateLinearGradient(top, bottom, [art.Palette.Accent(1), art.Palette.Accent(2)], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = fill, IsAntialias = true, Color = SKColors.White.WithAlpha(215) };
        canvas.DrawCircle(centre, radius, paint);
    }

    private static void Streams(SKCanvas canvas, ArtContext art)
    {
        var random = art.Random;
        var count = 220 + random.Below(120);
        var stepLength = 0.004f;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        using var path = new SKPath();

        for (var i = 0; i < count; i++)
        {
            var start = art.AnyPoint(margin: 0.1f);
            var steps = 40 + random.Below(110);
            var (x, y) = (start.X, start.Y);
            path.Reset();
            path.MoveTo(art.At(x, y));
            for (var step = 0; step < steps; step++)
            {
                var angle = art.Field.AngleAt(x, y);
                x += MathF.Cos(angle) * stepLength;
                y += MathF.Sin(angle) * stepLength;
                path.LineTo(art.At(x, y));
            }

            // Colour follows the field, so neighbouring strokes share a hue and the currents read as bands.
            var colour = art.Palette.Ramp(art.Field.ValueAt(start.X, start.Y));
            var fine = random.Chance(0.75f);
            paint.Color = colour.WithAlpha((byte)(fine ? random.Between(120, 230) : random.Between(40, 90)));
            paint.StrokeWidth = art.Unit * (fine ? random.Between(0.0008f, 0.0025f) : random.Between(0.004f, 0.009f));
            canvas.DrawPath(path, paint);
        }
    }

    private static void Orbits(SKCanvas canvas, ArtContext art)
    {
        var random = art.Random;
        var centre = art.At(random.Between(0.2f, 0.8f) * art.SpanX, random.Between(0.2f, 0.8f) * art.SpanY);
        var rings = 2 + random.Below(3);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1, art.Unit * 0.0018f) };
        for (var i = 0; i < rings; i++)
        {
            var radius = art.Unit * random.Between(0.08f, 0.42f);
            paint.Color = art.Palette.Accent(i + 1).WithAlpha(170);
            using var dashes = random.Chance(0.5f) ? SKPathEffect.CreateDash([art.Unit * 0.01f, art.Unit * 0.008f], 0) : null;
            paint.PathEffect = dashes;
            canvas.DrawCircle(centre, radius, paint);
        }
    }

    private static void Dust(SKCanvas canvas, ArtContext art)
    {
        var random = art.Random;
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 140; i++)
        {
            var at = art.AnyPoint();
            paint.Color = (random.Chance(0.3f) ? SKColors.White : art.Palette.Accent(i)).WithAlpha((byte)random.Between(60, 230));
            canvas.DrawCircle(art.At(at.X, at.Y), art.Unit * random.Between(0.0012f, 0.004f), paint);
        }
    }
}
