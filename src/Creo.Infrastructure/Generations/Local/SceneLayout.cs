using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>Where a scene's horizon and its sun (or moon) sit, in units of the longer side.</summary>
internal readonly record struct SceneLayout(float Horizon, SKPoint Sun, float SunRadius)
{
    public static SceneLayout For(ArtContext art)
    {
        var random = art.Random;
        var direction = art.Direction;
        var horizon = art.SpanY * (direction.Shows(ArtSubject.Sea) ? random.Between(0.5f, 0.6f)
            : direction.Subject == ArtSubject.Sky ? random.Between(0.78f, 0.86f)
            : direction.IsLandscape ? random.Between(0.56f, 0.66f)
            : 0.5f);

        // Low light sits on the horizon and is large; noon light is high and small; otherwise anywhere.
        var (height, radius) = direction.Light switch
        {
            ArtLight.Dawn or ArtLight.Dusk => (random.Between(0.04f, 0.14f), random.Between(0.08f, 0.12f)),
            ArtLight.Day => (random.Between(0.3f, 0.45f), random.Between(0.05f, 0.07f)),
            ArtLight.Night => (random.Between(0.25f, 0.4f), random.Between(0.04f, 0.06f)),
            _ => (random.Between(0.1f, 0.4f), random.Between(0.05f, 0.12f)),
        };
        var sunY = direction.IsLandscape ? horizon - (height * horizon) : art.SpanY * random.Between(0.15f, 0.85f);
        var sun = new SKPoint(art.SpanX * random.Between(0.18f, 0.82f), sunY);
        return new SceneLayout(horizon, sun, radius);
    }
}
