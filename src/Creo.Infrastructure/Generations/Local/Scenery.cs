using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>What a prompt's subject words put in the picture, drawn far to near so they can share a scene.</summary>
internal static class Scenery
{
    public static void Draw(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var direction = art.Direction;
        if (direction.Shows(ArtSubject.Sky) || (direction.IsLandscape && art.Random.Chance(0.5f)))
        {
            Clouds(canvas, art, layout);
        }

        if (direction.Shows(ArtSubject.Mountains))
        {
            Landforms.Mountains(canvas, art, layout);
        }
        else if (direction.Shows(ArtSubject.Forest | ArtSubject.Sky) && !direction.Shows(ArtSubject.Sea | ArtSubject.Desert))
        {
            Landforms.Hills(canvas, art, layout);
        }

        if (direction.Shows(ArtSubject.City))
        {
            Skyline(canvas, art, layout);
        }

        if (direction.Shows(ArtSubject.Sea))
        {
            Landforms.Water(canvas, art, layout);
        }

        if (direction.Shows(ArtSubject.Desert))
        {
            Landforms.Dunes(canvas, art, layout);
        }

        if (direction.Shows(ArtSubject.Forest))
        {
            Trees(canvas, art, layout);
        }

        if (direction.Shows(ArtSubject.Portrait))
        {
            Figure(canvas, art);
        }
    }

    private static void Clouds(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var random = art.Random;
        var palette = art.Palette;
        var colour = palette.IsDark ? ArtPalette.Mix(palette.Glow, palette.Shade, 0.5f).WithAlpha(110) : ArtPalette.Mix(palette.Glow, SKColors.White, 0.6f).WithAlpha(190);
        using var paint = new SKPaint { IsAntialias = true, Color = colour };
        using var blur = art.Style == ArtStyle.Geometric ? null : SKMaskFilter.CreateBlur(SKBlurStyle.Normal, art.Unit * 0.008f);
        paint.MaskFilter = blur;
        var count = 4 + random.Below(5);
        for (var i = 0; i < count; i++)
        {
            var (x, y) = (random.Between(-0.1f, art.SpanX), random.Between(0.04f, Math.Max(0.06f, layout.Horizon - 0.1f)));
            var puffs = 3 + random.Below(3);
            for (var p = 0; p < puffs; p++)
            {
                var (w, h) = (random.Between(0.06f, 0.16f), random.Between(0.02f, 0.045f));
                var rect = SKRect.Create(art.At(x + (p * w * 0.5f), y - random.Between(0, h * 0.6f)), new SKSize(w * art.Unit, h * art.Unit));
                canvas.DrawOval(rect, paint);
            }
        }
    }

    private static void Skyline(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var random = art.Random;
        var palette = art.Palette;
        using var window = new SKPaint { IsAntialias = false };
        for (var layer = 0; layer < 2; layer++)
        {
            var layerColour = Landforms.Layer(art, layer + 1, 0.4f + (layer * 0.6f));
            var colour = palette.IsDark ? ArtPalette.Mix(layerColour, palette.Deep, 0.45f) : layerColour;
            var x = -random.Between(0, 0.03f);
            while (x < art.SpanX)
            {
                var width = random.Between(0.035f, 0.085f);
                var height = random.Between(0.08f, 0.34f) * (layer == 0 ? 1.15f : 0.75f);
                var top = layout.Horizon + (0.03f * layer) - height;
                using var path = new SKPath();
                path.AddRect(SKRect.Create(art.At(x, top), new SKSize(width * art.Unit, (art.SpanY - top + 0.01f) * art.Unit)));
                if (random.Chance(0.15f))
                {
                    path.AddRect(SKRect.Create(art.At(x + (width * 0.45f), top - 0.05f), new SKSize(width * 0.1f * art.Unit, 0.05f * art.Unit)));
                }

                using var paint = art.Fill(colour);
                canvas.DrawPath(path, paint);
                Landforms.Ink(canvas, art, path);
                Windows(canvas, art, window, x, top, width, layer == 1 ? 0.42f : 0.2f);
                x += width + random.Between(0.002f, 0.012f);
            }
        }

        void Windows(SKCanvas canvas, ArtContext art, SKPaint paint, float x, float top, float width, float lit)
        {
            var lightOn = palette.IsDark ? ArtPalette.Mix(palette.Accent(random.Below(palette.Accents.Count)), SKColors.White, 0.35f) : ArtPalette.Mix(palette.Accent(0), SKColors.Black, 0.35f);
            for (var wy = top + 0.012f; wy < art.SpanY; wy += 0.02f)
            {
                for (var wx = x + 0.008f; wx < x + width - 0.008f; wx += 0.014f)
                {
                    if (random.Chance(lit))
                    {
                        paint.Color = lightOn.WithAlpha((byte)random.Between(110, 230));
                        canvas.DrawRect(SKRect.Create(art.At(wx, wy), new SKSize(0.006f * art.Unit, 0.009f * art.Unit)), paint);
                    }
                }
            }
        }
    }

    private static void Trees(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var random = art.Random;
        const int rows = 3;
        var ground = art.SpanY - layout.Horizon;
        for (var row = 0; row < rows; row++)
        {
            var depth = row / (rows - 1f);
            var baseY = layout.Horizon + (ground * (0.12f + (0.8f * depth)));
            var colour = Landforms.Layer(art, row + 1, 0.35f + (0.65f * depth));
            using var paint = art.Fill(colour);
            using var path = new SKPath();
            var x = -random.Between(0, 0.04f);
            while (x < art.SpanX + 0.04f)
            {
                var height = random.Between(0.06f, 0.1f) + (0.12f * depth);
                var width = height * random.Between(0.38f, 0.5f);
                var foot = baseY + random.Between(-0.015f, 0.015f);
                var tiers = art.Style == ArtStyle.Geometric ? 1 : 3;
                for (var tier = 0; tier < tiers; tier++)
                {
                    var apex = foot - height + (tier * height * 0.22f);
                    var tierFoot = tiers == 1 ? foot : foot - height + ((tier + 1) * height * 0.36f);
                    var half = width * (0.55f + (tier * 0.25f)) / (tiers == 1 ? 1.2f : 1.6f);
                    path.MoveTo(art.At(x, apex));
                    path.LineTo(art.At(x + half, tierFoot));
                    path.LineTo(art.At(x - half, tierFoot));
                    path.Close();
                }

                path.AddRect(SKRect.Create(art.At(x - (width * 0.06f), foot - 0.005f), new SKSize(width * 0.12f * art.Unit, (art.SpanY - foot + 0.01f) * art.Unit)));
                x += width * random.Between(0.45f, 0.8f);
            }

            canvas.DrawPath(path, paint);
            Landforms.Ink(canvas, art, path);
        }
    }

    private static void Figure(SKCanvas canvas, ArtContext art)
    {
        var random = art.Random;
        var palette = art.Palette;
        var m = Math.Min(art.SpanX, art.SpanY);
        var (cx, headY) = (art.SpanX * random.Between(0.44f, 0.56f), art.SpanY * random.Between(0.38f, 0.44f));

        using (var halo = SKShader.CreateRadialGradient(art.At(cx, headY), m * 0.5f * art.Unit, [palette.Glow.WithAlpha(230), palette.Glow.WithAlpha(0)], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = halo })
        {
            canvas.DrawRect(art.Bounds, paint);
        }

        var body = palette.IsDark ? ArtPalette.Mix(palette.Accent(1), palette.Deep, 0.55f) : ArtPalette.Mix(palette.Accent(1), SKColors.Black, 0.3f);
        var hair = ArtPalette.Mix(body, SKColors.Black, 0.35f);
        var skin = palette.IsDark ? ArtPalette.Mix(palette.Accent(0), palette.Deep, 0.3f) : palette.Accent(0);
        using var path = new SKPath();
        path.AddOval(Oval(art, cx, headY + (0.6f * m), 0.42f * m, 0.3f * m));
        path.AddRect(SKRect.Create(art.At(cx - (0.06f * m), headY + (0.08f * m)), new SKSize(0.12f * m * art.Unit, 0.26f * m * art.Unit)));
        using (var paint = art.Fill(body))
        {
            canvas.DrawPath(path, paint);
            paint.Color = hair;
            canvas.DrawOval(Oval(art, cx, headY - (0.03f * m), 0.155f * m, 0.175f * m), paint);
        }

        // The face lit from one side: the light falls off across it, and its edge on that side catches a rim.
        var side = random.Chance(0.5f) ? -1 : 1;
        var face = Oval(art, cx, headY + (0.015f * m), 0.125f * m, 0.165f * m);
        using (var light = SKShader.CreateRadialGradient(art.At(cx + (side * 0.08f * m), headY - (0.04f * m)), 0.26f * m * art.Unit, [ArtPalette.Mix(skin, SKColors.White, 0.35f), ArtPalette.Mix(skin, SKColors.Black, 0.35f)], SKShaderTileMode.Clamp))
        using (var paint = art.Fill(skin))
        {
            paint.Shader = light;
            canvas.DrawOval(face, paint);
        }

        using var rim = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = art.Unit * 0.004f, Color = ArtPalette.Mix(palette.Glow, SKColors.White, 0.5f).WithAlpha(170) };
        canvas.DrawArc(face, side < 0 ? 120 : -60, 120, false, rim);
        Landforms.Ink(canvas, art, path);
    }

    private static SKRect Oval(ArtContext art, float cx, float cy, float rx, float ry) =>
        new((cx - rx) * art.Unit, (cy - ry) * art.Unit, (cx + rx) * art.Unit, (cy + ry) * art.Unit);
}
