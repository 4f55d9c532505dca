namespace Creo.Infrastructure.Generations.Local;

/// <summary>Saturation and lightness ranges (HSL, 0–100) of a palette, by tone, light and style.</summary>
internal sealed record PaletteLook(
    ArtTone Tone,
    (float Min, float Max) Saturation,
    (float Min, float Max) Lightness,
    (float Min, float Max) GroundSaturation,
    (float Min, float Max) Deep,
    (float Min, float Max) Shade,
    float HueJitter)
{
    public static PaletteLook For(ArtDirection direction, bool isDark, bool named)
    {
        var look = direction.Tone switch
        {
            ArtTone.Pastel => new PaletteLook(ArtTone.Pastel, (38, 62), (68, 80), (25, 45), isDark ? (16, 22) : (93, 96), isDark ? (28, 36) : (84, 90), 8),
            ArtTone.Neon => new PaletteLook(ArtTone.Neon, (95, 100), (54, 62), (55, 75), isDark ? (3, 7) : (90, 94), isDark ? (10, 16) : (78, 84), 6),
            _ => isDark
                ? new PaletteLook(direction.Tone, (62, 90), (50, 64), (35, 60), (5, 9), (14, 22), 8)
                : new PaletteLook(direction.Tone, (58, 86), (38, 54), (30, 50), (91, 95), (80, 88), 8),
        };

        look = direction.Light switch
        {
            ArtLight.Night => look with { Deep = (2, 5), Shade = (9, 14), Lightness = (look.Lightness.Min - 12, look.Lightness.Max - 14) },
            ArtLight.Dusk => look with { Deep = (11, 16), Shade = (24, 32) },
            ArtLight.Dawn => look with { Deep = (84, 90), Shade = (72, 80), Lightness = (look.Lightness.Min + 6, look.Lightness.Max + 8) },
            ArtLight.Day => look with { Deep = (94, 97), Shade = (84, 90) },
            _ => look,
        };

        if (direction.Style == ArtStyle.Ink && !isDark)
        {
            // Ink on paper: dark, muted marks unless a colour was named.
            look = look with { Lightness = (16, 32), Saturation = named ? (45, 70) : (8, 22) };
        }

        return direction.Tone == ArtTone.Monochrome
            ? look with { Saturation = named ? (8, 14) : (0, 3), GroundSaturation = named ? (6, 10) : (0, 2), HueJitter = 0 }
            : look;
    }
}
