using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// "Local Mosaic": triangular tiles set in grout, coloured by the flow field (or by the source photo, so the
/// photo reappears as a mosaic), under a few translucent discs and ribbons.
/// </summary>
internal static class MosaicStyle
{
    public static void Draw(SKCanvas canvas, ArtContext art)
    {
        canvas.Clear(art.Palette.IsDark ? art.Palette.Deep : ArtPalette.Mix(art.Palette.Deep, SKColors.Black, 0.75f));
        Tiles(canvas, art);
        Discs(canvas, art);
        Ribbons(canvas, art);
    }

    private static void Tiles(SKCanvas canvas, ArtContext art)
    {
        var random = art.Random;
        var cell = 1f / (14 + random.Below(14));
        var columns = Math.Max(1, (int)MathF.Ceiling(art.SpanX / cell));
        var rows = Math.Max(1, (int)MathF.Ceiling(art.SpanY / cell));
        var corners = Corners(random, columns, rows, cell);

        using var photo = art.Source is null ? null : SourceLayer.Thumbnail(art.Source, columns * 4, rows * 4);
        using var paint = new SKPaint { IsAntialias = true };
        using var path = new SKPath();
        var grout = 0.09f;

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
    private static SKPoint[,] Corners(ArtRandom random, int columns, int rows, float cell)
    {
        var corners = new SKPoint[rows + 1, columns + 1];
        for (var row = 0; row <= rows; row++)
        {
            for (var column = 0; column <= columns; column++)
            {
                var jitterX = column == 0 || column == columns ? 0 : random.Between(-0.35f, 0.35f) * cell;
                var jitterY = row == 0 || row == rows ? 0 : random.Between(-0.35f, 0.35f) * cell;
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
            colour = ArtPalette.Mix(photo.GetPixel(x, y), colour, 0.25f);
        }

        return ArtPalette.Mix(colour, shade > 0 ? SKColors.White : SKColors.Black, MathF.Abs(shade)).WithAlpha(255);
    }

    private static float Shrink(float value, float towards, float by) => value + ((towards - value) * by);

    private static void Discs(SKCanvas canvas, ArtContext art)
    {
        var count = 2 + art.Random.Below(3);
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
