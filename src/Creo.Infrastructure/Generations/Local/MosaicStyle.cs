using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// "Local preview — mosaic": triangular tiles set in grout, coloured by the painterly scene the prompt asks for
/// (or by the source photo repainted in the palette, so the photo reappears as a mosaic); an abstract prompt gets
/// tiles coloured by the flow field under a few translucent discs and ribbons.
/// </summary>
internal static class MosaicStyle
{
    public static void Draw(SKCanvas canvas, ArtContext art)
    {
        var scenic = art.Direction.IsLandscape || art.Direction.Shows(ArtSubject.Portrait);
        var grout = art.Style switch
        {
            ArtStyle.Ink => ArtPalette.Mix(art.Palette.Tones()[0], SKColors.Black, 0.5f),
            ArtStyle.Watercolour => ArtPalette.Mix(art.Palette.Tones()[^1], SKColors.White, 0.5f),
            _ => art.Palette.IsDark ? art.Palette.Deep : ArtPalette.Mix(art.Palette.Deep, SKColors.Black, 0.75f),
        };
        canvas.Clear(grout);

        // Finer tiles when there is a picture to show through them; bold ones for an abstract pattern.
        var random = art.Random;
        var cell = 1f / (art.Source is not null ? 46 + random.Below(10) : scenic ? 34 + random.Below(12) : 14 + random.Below(14));
        var columns = Math.Max(1, (int)MathF.Ceiling(art.SpanX / cell));
        var rows = Math.Max(1, (int)MathF.Ceiling(art.SpanY / cell));
        using var picture = art.Source is not null ? SourceLayer.Painted(art.Source, columns * 3, rows * 3, art.Palette.Tones(), 6, 0.3f)
            : scenic ? Scene(art, columns * 3, rows * 3)
            : null;
        Tiles(canvas, art, picture, cell, columns, rows);
        // The scene or the photo is the picture; discs and ribbons decorate only an abstract pattern.
        if (!scenic && art.Source is null)
        {
            Discs(canvas, art, 2 + random.Below(3));
            Ribbons(canvas, art);
        }
    }

    /// <summary>The painterly scene at the size of the tile grid, to colour the tiles by.</summary>
    private static SKBitmap Scene(ArtContext art, int width, int height)
    {
        var small = art.Resized(width, height);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        SketchStyle.Scene(canvas, small, SceneLayout.For(small));
        return bitmap;
    }

    private static void Tiles(SKCanvas canvas, ArtContext art, SKBitmap? photo, float cell, int columns, int rows)
    {
        var random = art.Random;
        var corners = Corners(random, columns, rows, cell, art.Style == ArtStyle.Geometric ? 0 : 0.35f);
        using var paint = new SKPaint { IsAntialias = true };
        using var path = new SKPath();
        var grout = art.Style switch { ArtStyle.Ink => 0.16f, ArtStyle.Watercolour => 0.05f, _ => 0.09f };

        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var (a, b, c, d) = (corners[row, column], corners[row, column + 1], corners[row + 1, column + 1], corners[row + 1, column]);
                SKPoint[][] triangles = random.Chance(0.5f) ? [[a, b, c], [a, c, d]] : [[a, b, d], [b, c, d]];
                foreach (var triangle in triangles)
                {
                    var centre = new SKPoint((triangle[0].X + triangle[1].X + triangle[2].X) / 3, (triangle[0].Y + triangle[1].Y + triangle[2].Y) / 3);
                    paint.Color = TileColour(art, photo, centre, random.Between(-0.12f, 0.12f));

                    // Each tile shrinks a little toward its centre; the gap left behind is the grout.
                    path.Reset();
                    path.MoveTo(art.At(Shrink(triangle[0].X, centre.X, grout), Shrink(triangle[0].Y, centre.Y, grout)));
                    path.LineTo(art.At(Shrink(triangle[1].X, centre.X, grout), Shrink(triangle[1].Y, centre.Y, grout)));
                    path.LineTo(art.At(Shrink(triangle[2].X, centre.X, grout), Shrink(triangle[2].Y, centre.Y, grout)));
                    path.Close();
                    canvas.DrawPath(path, paint);
                }
            }
        }
    }

    /// <summary>A jittered grid; the outer corners stay put, so the mosaic keeps a straight border.</summary>
    private static SKPoint[,] Corners(ArtRandom random, int columns, int rows, float cell, float jitter)
    {
        var corners = new SKPoint[rows + 1, columns + 1];
        for (var row = 0; row <= rows; row++)
        {
            for (var column = 0; column <= columns; column++)
            {
                var jitterX = column == 0 || column == columns ? 0 : random.Between(-jitter, jitter) * cell;
                var jitterY = row == 0 || row == rows ? 0 : random.Between(-jitter, jitter) * cell;
                corners[row, column] = new SKPoint((column * cell) + jitterX, (row * cell) + jitterY);
            }
        }

        return corners;
    }

    private static SKColor TileColour(ArtContext art, SKBitmap? photo, SKPoint centre, float shade)
    {
        var colour = art.Palette.Ramp(art.Field.ValueAt(centre.X, centre.Y));
        if (photo is not null)
        {
            var x = Math.Clamp((int)(centre.X / art.SpanX * photo.Width), 0, photo.Width - 1);
            var y = Math.Clamp((int)(centre.Y / art.SpanY * photo.Height), 0, photo.Height - 1);
            colour = photo.GetPixel(x, y);
            shade *= 0.5f;
        }

        return ArtPalette.Mix(colour, shade > 0 ? SKColors.White : SKColors.Black, MathF.Abs(shade)).WithAlpha(255);
    }

    private static float Shrink(float value, float towards, float by) => value + ((towards - value) * by);

    private static void Discs(SKCanvas canvas, ArtContext art, int count)
    {
        using var paint = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Overlay };
        for (var i = 0; i < count; i++)
        {
            var centre = art.AnyPoint();
            paint.Color = art.Palette.Accent(i + 2).WithAlpha(150);
            canvas.DrawCircle(art.At(centre.X, centre.Y), art.Unit * art.Random.Between(0.1f, 0.32f), paint);
        }
    }

    private static void Ribbons(SKCanvas canvas, ArtContext art)
    {
        var random = art.Random;
        var count = 2 + random.Below(3);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, BlendMode = SKBlendMode.Screen };
        using var path = new SKPath();
        for (var i = 0; i < count; i++)
        {
            var start = art.AnyPoint();
            var (x, y) = (start.X, start.Y);
            path.Reset();
            path.MoveTo(art.At(x, y));
            for (var step = 0; step < 160; step++)
            {
                var angle = art.Field.AngleAt(x, y);
                x += MathF.Cos(angle) * 0.005f;
                y += MathF.Sin(angle) * 0.005f;
                path.LineTo(art.At(x, y));
            }

            paint.Color = art.Palette.Accent(i).WithAlpha(110);
            paint.StrokeWidth = art.Unit * random.Between(0.006f, 0.02f);
            canvas.DrawPath(path, paint);
        }
    }
}
