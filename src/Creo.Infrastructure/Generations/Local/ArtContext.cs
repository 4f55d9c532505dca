using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// Everything one render draws from. Positions are in units of the longer side, so a composition keeps its
/// layout at any resolution: a 512² and a 2048² render of the same inputs show the same picture.
/// </summary>
internal sealed record ArtContext(int Width, int Height, ArtRandom Random, ArtPalette Palette, FlowField Field, SKImage? Source)
{
    /// <summary>Pixels per unit.</summary>
    public float Unit { get; } = Math.Max(Width, Height);

    public float SpanX => Width / Unit;

    public float SpanY => Height / Unit;

    public SKRect Bounds => new(0, 0, Width, Height);

    public SKPoint At(float x, float y) => new(x * Unit, y * Unit);

    public SKPoint AnyPoint(float margin = 0) => new(Random.Between(-margin, SpanX + margin), Random.Between(-margin, SpanY + margin));
}
