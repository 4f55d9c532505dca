using SkiaSharp;

namespace Creo.Infrastructure.Generations.Uploads;

/// <summary>
/// Applies an EXIF orientation to the pixels themselves. Phones store a photo as the sensor saw it and record
/// how to turn it in EXIF; once EXIF is stripped, the turn must already be in the pixels or the photo lies on its side.
/// </summary>
internal static class Orientation
{
    /// <summary>A new bitmap with <paramref name="origin"/> applied (a copy even when it is already upright).</summary>
    public static SKBitmap Upright(SKBitmap stored, SKEncodedOrigin origin)
    {
        var (w, h) = (stored.Width, stored.Height);
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

        // Maps a stored pixel to where it is displayed: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => Affine(-1, 0, w, 0, 1, 0),
            SKEncodedOrigin.BottomRight => Affine(-1, 0, w, 0, -1, h),
            SKEncodedOrigin.BottomLeft => Affine(1, 0, 0, 0, -1, h),
            SKEncodedOrigin.LeftTop => Affine(0, 1, 0, 1, 0, 0),
            SKEncodedOrigin.RightTop => Affine(0, -1, h, 1, 0, 0),
            SKEncodedOrigin.RightBottom => Affine(0, -1, h, -1, 0, w),
            SKEncodedOrigin.LeftBottom => Affine(0, 1, 0, -1, 0, w),
            _ => SKMatrix.Identity,
        };

        var upright = new SKBitmap(stored.Info.WithSize(swaps ? h : w, swaps ? w : h));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(matrix);

        // Quarter turns and mirrors land each pixel exactly on another, so nearest sampling and Src copy them unchanged.
        using var paint = new SKPaint { BlendMode = SKBlendMode.Src };
        using var image = SKImage.FromBitmap(stored);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), paint);
        return upright;
    }

    private static SKMatrix Affine(float scaleX, float skewX, float transX, float skewY, float scaleY, float transY) =>
        new(scaleX, skewX, transX, skewY, scaleY, transY, 0, 0, 1);
}
