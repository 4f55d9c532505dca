using Creo.Application.Generations.Thumbnails;
using SkiaSharp;

namespace Creo.Infrastructure.Generations.Videos;

/// <summary>
/// The poster of a video whose frame could not be taken: a dark square with a light play triangle, the same every
/// time (WebP, like every thumbnail). Marked provisional, so it is not kept and a later request tries for a frame again.
/// </summary>
internal static class GeneratedPoster
{
    private static readonly SKColor Background = new(0x1f, 0x23, 0x2b);
    private static readonly SKColor Mark = new(0xe8, 0xea, 0xee);

    public static Thumbnail Make(int size)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(Background);
        using var triangle = new SKPath();
        var middle = size / 2f;
        var side = size / 5f;
        triangle.MoveTo(middle - (side * 0.4f), middle - (side / 2));
        triangle.LineTo(middle + (side * 0.6f), middle);
        triangle.LineTo(middle - (side * 0.4f), middle + (side / 2));
        triangle.Close();
        using var paint = new SKPaint { Color = Mark, IsAntialias = true, Style = SKPaintStyle.Fill };
        surface.Canvas.DrawPath(triangle, paint);
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Webp, 80);
        return new Thumbnail(encoded.ToArray(), "image/webp", Provisional: true);
    }
}
