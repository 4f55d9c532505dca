using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>The marks laid over a painterly scene: strokes along the flow field, specks or stars, and the style's finish.</summary>
internal static class Brushwork
{
    /// <summary>Hundreds of strokes following the flow field; over a scene they are only a texture, on their own they are the picture.</summary>
    public static void Strokes(SKCanvas canvas, ArtContext art, bool subtle)
    {
        if (art.Style == ArtStyle.Geometric)
        {
            Shards(canvas, art, subtle);
            return;
        }

        var random = art.Random;
        var count = subtle ? 140 + random.Below(60) : 220 + random.Below(120);
        var ink = art.Style == ArtStyle.Ink;
        var wash = art.Style == ArtStyle.Watercolour;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        using var path = new SKPath();
        var darkest = art.Palette.Tones()[0];

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
                x += MathF.Cos(angle) * 0.004f;
                y += MathF.Sin(angle) * 0.004f;
                path.LineTo(art.At(x, y));
            }

            // Colour follows the field, so neighbouring strokes share a hue and the currents read as bands.
            var colour = ink ? darkest : art.Palette.Ramp(art.Field.ValueAt(start.X, start.Y));
            var fine = !wash && random.Chance(0.75f);
            var alpha = fine ? random.Between(120, 230) : random.Between(40, 90);
            paint.Color = colour.WithAlpha((byte)(subtle ? alpha * 0.3f : alpha));
            paint.StrokeWidth = art.Unit * (fine ? random.Between(0.0008f, 0.0025f) : random.Between(0.004f, wash ? 0.02f : 0.009f));
            canvas.DrawPath(path, paint);
        }
    }

    /// <summary>Dust over an abstract picture; stars in a night sky.</summary>
    public static void Specks(SKCanvas canvas, ArtContext art, bool subtle)
    {
        var random = art.Random;
        var night = art.Direction.Light == ArtLight.Night && art.Source is null;
        var count = night ? 260 : subtle ? 50 : 140;
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < count; i++)
        {
            var at = night ? new SKPoint(random.Between(0, art.SpanX), art.SpanY * MathF.Pow(random.NextFloat(), 1.6f) * 0.6f) : art.AnyPoint();
            paint.Color = (night || random.Chance(0.3f) ? SKColors.White : art.Palette.Accent(i)).WithAlpha((byte)random.Between(60, 230));
            canvas.DrawCircle(art.At(at.X, at.Y), art.Unit * random.Between(0.0008f, night ? 0.0028f : 0.004f), paint);
        }
    }

    /// <summary>What the style word adds at the end: paper grain for watercolour and ink, a tile grid for mosaic.</summary>
    public static void Finish(SKCanvas canvas, ArtContext art)
    {
        switch (art.Style)
        {
            case ArtStyle.Watercolour or ArtStyle.Ink:
                Paper(canvas, art);
                break;
            case ArtStyle.Mosaic:
                Grout(canvas, art);
                break;
        }
    }

    private static void Shards(SKCanvas canvas, ArtContext art, bool subtle)
    {
        var random = art.Random;
        var count = subtle ? 24 : 60;
        using var paint = new SKPaint { IsAntialias = true, BlendMode = art.Palette.IsDark ? SKBlendMode.Screen : SKBlendMode.Multiply };
        using var path = new SKPath();
        for (var i = 0; i < count; i++)
        {
            var centre = art.AnyPoint();
            var size = random.Between(0.04f, subtle ? 0.12f : 0.22f);
            var turn = random.Between(0, MathF.Tau);
            path.Reset();
            for (var corner = 0; corner < 3; corner++)
            {
                var angle = turn + (corner * MathF.Tau / 3) + random.Between(-0.4f, 0.4f);
                var point = art.At(centre.X + (MathF.Cos(angle) * size), centre.Y + (MathF.Sin(angle) * size));
                if (corner == 0)
                {
                    path.MoveTo(point);
                }
                else
                {
                    path.LineTo(point);
                }
            }

            path.Close();
            paint.Color = art.Palette.Accent(i).WithAlpha((byte)random.Between(subtle ? 25 : 50, subtle ? 60 : 120));
            canvas.DrawPath(path, paint);
        }
    }

    private static void Paper(SKCanvas canvas, ArtContext art)
    {
        var random = art.Random;
        using var paint = new SKPaint { IsAntialias = false };
        var grains = (int)(art.Width * (long)art.Height / 600);
        for (var i = 0; i < grains; i++)
        {
            paint.Color = (random.Chance(0.5f) ? SKColors.White : SKColors.Black).WithAlpha((byte)random.Between(6, 20));
            canvas.DrawRect(random.Between(0, art.Width), random.Between(0, art.Height), 2, 2, paint);
        }

        // Pigment gathers toward the edges of a wet sheet.
        using var edge = SKShader.CreateRadialGradient(art.At(art.SpanX / 2, art.SpanY / 2), art.Unit * 0.75f, [SKColors.Transparent, art.Palette.Shade.WithAlpha(70)], [0.55f, 1], SKShaderTileMode.Clamp);
        using var vignette = new SKPaint { Shader = edge, BlendMode = SKBlendMode.Multiply };
        canvas.DrawRect(art.Bounds, vignette);
    }

    private static void Grout(SKCanvas canvas, ArtContext art)
    {
        var cell = 1f / 46;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = art.Unit * cell * 0.12f, Color = ArtPalette.Mix(art.Palette.Tones()[0], SKColors.Black, 0.3f).WithAlpha(170) };
        for (var x = 0f; x <= art.SpanX; x += cell)
        {
            canvas.DrawLine(art.At(x, 0), art.At(x, art.SpanY), paint);
        }

        for (var y = 0f; y <= art.SpanY; y += cell)
        {
            canvas.DrawLine(art.At(0, y), art.At(art.SpanX, y), paint);
        }
    }
}
