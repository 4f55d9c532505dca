using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// The colours of one render. Hues follow a classic harmony (analogous, complementary, triadic, split) around
/// one drawn base hue, so any seed gives colours that belong together rather than random noise.
/// </summary>
internal sealed record ArtPalette(SKColor Deep, SKColor Shade, IReadOnlyList<SKColor> Accents, bool IsDark)
{
    private static readonly float[][] Harmonies =
    [
        [0, 25, 50, 200],
        [0, 180, 20, 200],
        [0, 120, 240, 60],
        [0, 150, 210, 30],
        [0, 40, 320, 180],
    ];

    public static ArtPalette From(ArtRandom random)
    {
        var hue = random.Between(0, 360);
        var harmony = random.Pick(Harmonies);
        var isDark = random.Chance(0.7f);

        var accents = harmony
            .Select(offset => isDark
                ? SKColor.FromHsl(Wrap(hue + offset + random.Between(-8, 8)), random.Between(65, 92), random.Between(52, 68))
                : SKColor.FromHsl(Wrap(hue + offset + random.Between(-8, 8)), random.Between(60, 88), random.Between(38, 54)))
            .ToArray();

        var deep = isDark
            ? SKColor.FromHsl(Wrap(hue + 200), random.Between(35, 60), random.Between(5, 10))
            : SKColor.FromHsl(Wrap(hue + 20), random.Between(30, 50), random.Between(92, 96));
        var shade = isDark
            ? SKColor.FromHsl(Wrap(hue + 240), random.Between(35, 60), random.Between(14, 22))
            : SKColor.FromHsl(Wrap(hue + 60), random.Between(30, 55), random.Between(80, 88));

        return new ArtPalette(deep, shade, accents, isDark);
    }

    private readonly SKColor[] ramp = [Shade, .. Accents];

    public SKColor Accent(int index) => Accents[index % Accents.Count];

    /// <summary>A colour along shade → accents, for <paramref name="t"/> in [0, 1].</summary>
    public SKColor Ramp(float t)
    {
        var position = Math.Clamp(t, 0, 1) * (ramp.Length - 1);
        var index = Math.Min((int)position, ramp.Length - 2);
        return Mix(ramp[index], ramp[index + 1], position - index);
    }

    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + ((b.Red - a.Red) * t)),
        (byte)(a.Green + ((b.Green - a.Green) * t)),
        (byte)(a.Blue + ((b.Blue - a.Blue) * t)),
        (byte)(a.Alpha + ((b.Alpha - a.Alpha) * t)));

    private static float Wrap(float hue) => ((hue % 360) + 360) % 360;
}
