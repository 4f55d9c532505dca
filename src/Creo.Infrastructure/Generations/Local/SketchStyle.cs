using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// "Local preview — painterly": a sky in the prompt's light, the scene its subject words ask for (or, without
/// one, soft glows and orbits), a sun or moon, and brushwork drifting along a flow field. A source photo becomes
/// the scene itself, repainted in the palette with its edges inked.
/// </summary>
internal static class SketchStyle
{
    public static void Draw(SKCanvas canvas, ArtContext art)
    {
        var scenic = art.Source is not null || art.Direction.IsLandscape || art.Direction.Shows(ArtSubject.Portrait);
        if (art.Source is not null)
        {
            Photo(canvas, art);
        }
        else
        {
            var layout = SceneLayout.For(art);
            Scene(canvas, art, layout);
            if (!scenic)
            {
                Orbits(canvas, art);
            }
        }

        Brushwork.Strokes(canvas, art, subtle: scenic);
        Brushwork.Specks(canvas, art, subtle: scenic);
        Brushwork.Finish(canvas, art);
    }

    /// <summary>The picture before its brushwork: what the mosaic model also sets in tiles.</summary>
    public static void Scene(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var landscape = art.Direction.IsLandscape;
        Ground(canvas, art, layout);
        Glows(canvas, art, landscape || art.Direction.Shows(ArtSubject.Portrait) ? 1 : 3 + art.Random.Below(3));
        if (!art.Direction.Shows(ArtSubject.Portrait))
        {
            Sun(canvas, art, layout);
        }

        Scenery.Draw(canvas, art, layout);
    }

    private static void Photo(SKCanvas canvas, ArtContext art)
    {
        var (levels, edges) = art.Style switch
        {
            ArtStyle.Ink => (4, 1f),
            ArtStyle.Watercolour => (6, 0.25f),
            ArtStyle.Geometric or ArtStyle.Mosaic => (4, 0.5f),
            _ => (6, 0.6f),
        };
        using var painted = SourceLayer.Painted(art.Source!, art.Width, art.Height, art.Palette.Tones(), levels, edges);
        using var soften = art.Style == ArtStyle.Watercolour ? SKImageFilter.CreateBlur(art.Unit * 0.0025f, art.Unit * 0.0025f) : null;
        using var paint = new SKPaint { ImageFilter = soften };
        canvas.DrawBitmap(painted, 0, 0, paint);
    }

    private static void Ground(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var palette = art.Palette;
        SKShader gradient;
        if (art.Direction.IsLandscape || art.Direction.Shows(ArtSubject.Portrait))
        {
            // A sky: deepest overhead, brightest at the horizon where the light is.
            var top = palette.IsDark ? palette.Deep : ArtPalette.Mix(palette.Shade, palette.Accent(0), 0.45f);
            var middle = palette.IsDark ? palette.Shade : ArtPalette.Mix(palette.Deep, palette.Glow, 0.5f);
            gradient = SKShader.CreateLinearGradient(art.At(0, 0), art.At(0, layout.Horizon), [top, middle, palette.Glow], [0, 0.55f, 1], SKShaderTileMode.Clamp);
        }
        else
        {
            var angle = art.Random.Between(0, MathF.Tau);
            var centre = art.At(art.SpanX / 2, art.SpanY / 2);
            var reach = art.Unit * 0.75f;
            var from = new SKPoint(centre.X - (MathF.Cos(angle) * reach), centre.Y - (MathF.Sin(angle) * reach));
            var to = new SKPoint(centre.X + (MathF.Cos(angle) * reach), centre.Y + (MathF.Sin(angle) * reach));
            gradient = SKShader.CreateLinearGradient(from, to, [palette.Deep, palette.Shade, palette.Deep], [0, 0.6f, 1], SKShaderTileMode.Clamp);
        }

        using (gradient)
        using (var paint = new SKPaint { Shader = gradient })
        {
            canvas.DrawRect(art.Bounds, paint);
        }
    }

    private static void Glows(SKCanvas canvas, ArtContext art, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var centre = art.AnyPoint();
            var radius = art.Random.Between(0.25f, 0.6f) * art.Unit;
            var colour = (count == 1 ? art.Palette.Glow : art.Palette.Accent(i)).WithAlpha(count == 1 ? (byte)90 : (byte)150);
            using var glow = SKShader.CreateRadialGradient(art.At(centre.X, centre.Y), radius, [colour, colour.WithAlpha(0)], SKShaderTileMode.Clamp);

            // Light adds to a dark sky and ink darkens a pale one, as it would on screen and on paper.
            using var paint = new SKPaint { Shader = glow, BlendMode = art.Palette.IsDark ? SKBlendMode.Screen : SKBlendMode.Multiply };
            canvas.DrawRect(art.Bounds, paint);
        }
    }

    private static void Sun(SKCanvas canvas, ArtContext art, SceneLayout layout)
    {
        var palette = art.Palette;
        var centre = art.At(layout.Sun.X, layout.Sun.Y);
        var radius = layout.SunRadius * art.Unit;
        var night = art.Direction.Light == ArtLight.Night;
        var (upper, lower) = art.Direction.IsLandscape
            ? (ArtPalette.Mix(palette.Glow, SKColors.White, night ? 0.8f : 0.55f), ArtPalette.Mix(palette.Glow, SKColors.White, night ? 0.6f : 0.2f))
            : (palette.Accent(1), palette.Accent(2));

        using (var halo = SKShader.CreateRadialGradient(centre, radius * 3.2f, [upper.WithAlpha(night ? (byte)60 : (byte)110), upper.WithAlpha(0)], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = halo, BlendMode = palette.IsDark ? SKBlendMode.Screen : SKBlendMode.SrcOver })
        {
            canvas.DrawCircle(centre, radius * 3.2f, paint);
        }

        using var fill = SKShader.CreateLinearGradient(new SKPoint(centre.X, centre.Y - radius), new SKPoint(centre.X, centre.Y + radius), [upper, lower], SKShaderTileMode.Clamp);
        using var disc = new SKPaint { Shader = fill, IsAntialias = true };
        canvas.DrawCircle(centre, radius, disc);
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
}
