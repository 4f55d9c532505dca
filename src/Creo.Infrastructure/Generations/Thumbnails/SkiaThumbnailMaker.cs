using Creo.Application.Generations.Thumbnails;
using SkiaSharp;

namespace Creo.Infrastructure.Generations.Thumbnails;

/// <summary>
/// Crops the middle square of an image and scales it down with SkiaSharp, as WebP. Decoding a large output takes a
/// core for a moment, so at most one thumbnail per core is made at a time and the rest wait their turn.
/// </summary>
internal sealed class SkiaThumbnailMaker : IThumbnailMaker, IDisposable
{
    private const int Quality = 80;

    private readonly SemaphoreSlim turns = new(Environment.ProcessorCount);

    public async Task<Thumbnail?> MakeAsync(Stream original, int size, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        await original.CopyToAsync(bytes, cancellationToken);
        await turns.WaitAsync(cancellationToken);
        try
        {
            return Make(bytes.ToArray(), size);
        }
        finally
        {
            turns.Release();
        }
    }

    public void Dispose() => turns.Dispose();

    private static Thumbnail? Make(byte[] bytes, int size)
    {
        using var decoded = SKBitmap.Decode(bytes);
        if (decoded is null || decoded.Width < 1 || decoded.Height < 1)
        {
            return null;
        }

        var side = Math.Min(decoded.Width, decoded.Height);
        var target = Math.Min(size, side);
        var crop = SKRect.Create((decoded.Width - side) / 2f, (decoded.Height - side) / 2f, side, side);
        // Mipmaps average the pixels a big step down skips; plain linear or cubic sampling would shimmer.
        using var surface = SKSurface.Create(new SKImageInfo(target, target, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var image = SKImage.FromBitmap(decoded);
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.DrawImage(image, crop, SKRect.Create(target, target), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Webp, Quality);
        return encoded is null ? null : new Thumbnail(encoded.ToArray(), "image/webp");
    }
}
