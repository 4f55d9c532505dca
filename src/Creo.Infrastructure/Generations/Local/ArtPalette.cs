using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// The colours of one render. Named hues from the prompt lead; otherwise the hues follow a classic harmony
/// (analogous, complementary, triadic, split) around one drawn base hue, so any seed gives colours that belong
/// together rather than random noise. <see cref="Glow"/> is the light low in the sky.
/// </summary>
internal sealed record ArtPalette(SKColor Deep, SKColor Shade, IReadOnlyList<SKColor> Accents, bool IsDark, SKColor Glow)
{
    private static readonly float[][] Harmonies =
    [
        [0, 25, 50, 200],
        [0, 180, 20, 200],
        [0, 120, 240, 60],
        [0, 150, 210, 30],
        [0, 40, 320, 180],
    ];

    public static ArtPalette From(ArtRandom random, ArtDirection direction)
    {
        var named = direction.Hues.Count > 0;
        var hue = named ? Wrap(direction.Hues[0] + random.Between(-5, 5)) : random.Between(0, 360);
        var offsets = named ? NamedOffsets(direction.Hues) : random.Pick(Harmonies);
        var isDark = ChooseDark(random, direction);
        var look = PaletteLook.For(direction, isDark, named);

        var accents = offsets
            .Select(offset => SKColor.FromHsl(Wrap(hue + offset + random.Between(-look.HueJitter, look.HueJitter)), random.Between(look.Saturation.Min, look.Saturation.Max), random.Between(look.Lightness.Min, look.Lightness.Max)))
            .ToArray();

        // A named hue tints the ground too; an unnamed palette keeps its old complementary ground for contrast.
        var groundHue = named ? hue : Wrap(hue + (isDark ? 200 : 20));
        var shadeHue = named ? Wrap(hue + random.Between(-12, 12)) : Wrap(hue + (isDark ? 240 : 60));
        var deep = SKColor.FromHsl(groundHue, random.Between(look.GroundSaturation.Min, look.GroundSaturation.Max), random.Between(look.Deep.Min, look.Deep.Max));
        var shade = SKColor.FromHsl(shadeHue, random.Between(look.GroundSaturation.Min, look.GroundSaturation.Max), random.Between(look.Shade.Min, look.Shade.Max));
        var glow = direction.Light switch
        {
            ArtLight.Dawn => Mix(SKColor.FromHsl(hue, look.GroundSaturation.Max, 86), SKColor.FromHsl(28, look.Tone == ArtTone.Monochrome ? 0 : 85, 84), 0.45f),
            ArtLight.Dusk => Mix(accents[0], SKColor.FromHsl(20, look.Tone == ArtTone.Monochrome ? 0 : 80, 58), 0.4f),
            ArtLight.Night => SKColor.FromHsl(hue, look.GroundSaturation.Max, 20),
            _ => isDark ? Mix(accents[0], deep, 0.35f) : Mix(accents[0], SKColors.White, 0.7f),
        };

        return new ArtPalette(deep, shade, accents, isDark, glow);
    }

    private static bool ChooseDark(ArtRandom random, ArtDirection direction) => direction.Light switch
    {
        ArtLight.Night or ArtLight.Dusk => true,
        ArtLight.Dawn or ArtLight.Day => false,
        _ when direction.Tone == ArtTone.Neon => true,
        _ when direction.Shows(ArtSubject.Desert) => false,
        _ when direction.Tone == ArtTone.Pastel || direction.Style is ArtStyle.Watercolour or ArtStyle.Ink => false,
        _ => random.Chance(0.6f),
    };

    /// <summary>Offsets from the first named hue: the other named hues, or close neighbours of a single one, so the colour asked for dominates.</summary>
    private static float[] NamedOffsets(IReadOnlyList<float> hues)
    {
        if (hues.Count == 1)
        {
            return [0, -10, 10, -20];
        }

        var offsets = hues.Select(h => Wrap(h - hues[0] + 180) - 180).ToList();
        while (offsets.Count < 4)
        {
            offsets.Add(offsets[offsets.Count % hues.Count] + 12);
        }

        return [.. offsets.Take(4)];
    }

    private readonly SKColor[] ramp = [Shade, .. Accents];

    public SKColor Accent(int index) => Accents[index % Accents.Count];

    /// <summary>A colour along shade → accents, for <paramref name="t"/> in [0, 1].</summary>
    public SKColor Ramp(float t) => Along(ramp, t);

    /// <summary>The palette from its darkest to its lightest colour, so mapping a photo's brightness onto it keeps the photo's light.</summary>
    public SKColor[] Tones()
    {
        var darkest = Mix(IsDark ? Deep : Accents.MinBy(Luminance), SKColors.Black, 0.45f);
        var lightest = Mix(IsDark ? Accents.MaxBy(Luminance) : Deep, SKColors.White, 0.55f);
        return [darkest, .. Accents.Append(Shade).OrderBy(Luminance), lightest];
    }

    public static SKColor Along(IReadOnlyList<SKColor> colours, float t)
    {
        var position = Math.Clamp(t, 0, 1) * (colours.Count - 1);
        var index = Math.Min((int)position, colours.Count - 2);
        return Mix(colours[index], colours[index + 1], position - index);
    }

    public static float Luminance(SKColor c) => (0.2126f * c.Red) + (0.7152f * c.Green) + (0.0722f * c.Blue);

    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + ((b.Red - a.Red) * t)),
        (byte)(a.Green + ((b.Green - a.Green) * t)),
        (byte)(a.Blue + ((b.Blue - a.Blue) * t)),
        (byte)(a.Alpha + ((b.Alpha - a.Alpha) * t)));

    public static float Wrap(float hue) => ((hue % 360) + 360) % 360;
}
