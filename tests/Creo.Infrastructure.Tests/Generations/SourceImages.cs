using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>Two pictures with clear, different structure, standing in for a person's photos.</summary>
internal static class SourceImages
{
    /// <summary>A bright sun over a dark hill, with a pale diagonal road: light top left, dark bottom right.</summary>
    public static byte[] Scene()
    {
        using var bitmap = new SKBitmap(320, 240, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var sky = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 240), [new SKColor(120, 170, 230), new SKColor(250, 220, 180)], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = sky, IsAntialias = true };
        canvas.DrawRect(0, 0, 320, 240, paint);
        paint.Shader = null;
        paint.Color = new SKColor(255, 245, 200);
        canvas.DrawCircle(80, 60, 40, paint);
        paint.Color = new SKColor(40, 60, 30);
        canvas.DrawOval(new SKRect(60, 130, 420, 340), paint);
        paint.Color = new SKColor(210, 200, 170);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 18;
        canvas.DrawLine(150, 240, 300, 150, paint);
        return TestImages.Encode(bitmap, SKEncodedImageFormat.Png);
    }

    /// <summary>Dark at the top and left, bright in stripes at the bottom: nothing like <see cref="Scene"/>.</summary>
    public static byte[] Unrelated()
    {
        using var bitmap = new SKBitmap(320, 240, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(30, 30, 40));
        using var paint = new SKPaint { Color = new SKColor(230, 230, 220) };
        for (var x = 120; x < 320; x += 50)
        {
            canvas.DrawRect(x, 100, 25, 140, paint);
        }

        return TestImages.Encode(bitmap, SKEncodedImageFormat.Png);
    }
}
