using SkiaSharp;

namespace Creo.Testing;

/// <summary>The small image the model stand-ins answer with: a 64 × 64 PNG of one colour (each stand-in its own).</summary>
public static class StandInImages
{
    public static byte[] SolidPng(SKColor color)
    {
        using var bitmap = new SKBitmap(64, 64);
        bitmap.Erase(color);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
