using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// Everything one render draws from. Positions are in units of the longer side, so a composition keeps its
/// layout at any resolution: a 512² and a 2048² render of the same inputs show the same picture.
/// </summary>
internal sealed record ArtContext(int Width, int Height, ArtRandom Random, ArtPalette Palette, FlowField Field, SKImage? Source, ArtDirection Direction)
{
    /// <summary>Pixels per unit.</summary>
    public float Unit { get; } = Math.Max(Width, Height);

    public float SpanX => Width / Unit;

    public float SpanY => Height / Unit;

    public SKRect Bounds => new(0, 0, Width, Height);

    public ArtStyle Style => Direction.Style;

    public SKPoint At(float x, float y) => new(x * Unit, y * Unit);

    public SKPoint AnyPoint(float margin = 0) => new(Random.Between(-margin, SpanX + margin), Random.Between(-margin, SpanY + margin));

    /// <summary>The same picture at another size, drawing from its own copy of chance so this render's sequence is untouched.</summary>
    public ArtContext Resized(int width, int height) => this with { Width = width, Height = height, Random = Random.Fork(), Source = null };

    /// <summary>A fill in the chosen style: soft-edged washes for watercolour, crisp shapes otherwise.</summary>
    public SKPaint Fill(SKColor colour)
    {
        var paint = new SKPaint { IsAntialias = true, Color = colour };
        if (Style == ArtStyle.Watercolour)
        {
            paint.Color = colour.WithAlpha((byte)(colour.Alpha * 0.82f));
            paint.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, Unit * 0.0035f);
        }

        return paint;
    }
}
