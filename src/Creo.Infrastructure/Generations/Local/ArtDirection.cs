namespace Creo.Infrastructure.Generations.Local;

/// <summary>The light a prompt asks for; <see cref="Any"/> leaves it to the seed.</summary>
internal enum ArtLight
{
    Any,
    Dawn,
    Day,
    Dusk,
    Night,
}

/// <summary>What the picture shows; several can combine ("mountains by the sea"), drawn far to near.</summary>
[Flags]
internal enum ArtSubject
{
    None = 0,
    Sky = 1,
    Mountains = 2,
    City = 4,
    Sea = 8,
    Desert = 16,
    Forest = 32,
    Portrait = 64,
}

/// <summary>How the marks are made.</summary>
internal enum ArtStyle
{
    Any,
    Watercolour,
    Ink,
    Mosaic,
    Geometric,
}

/// <summary>How colourful: a palette word such as "pastel" or "neon" sets it; <see cref="Any"/> leaves it to the seed.</summary>
internal enum ArtTone
{
    Any,
    Pastel,
    Neon,
    Monochrome,
}

/// <summary>
/// What a prompt asks of a local render, read from its words: the hues to paint with (in the order they were
/// named), the light, what the scene shows and the style. Empty when the prompt names none of these, and then
/// the seed chooses everything, as before.
/// </summary>
internal sealed record ArtDirection(IReadOnlyList<float> Hues, ArtTone Tone, ArtLight Light, ArtSubject Subject, ArtStyle Style)
{
    public static ArtDirection None { get; } = new([], ArtTone.Any, ArtLight.Any, ArtSubject.None, ArtStyle.Any);

    public bool Shows(ArtSubject subject) => (Subject & subject) != 0;

    /// <summary>True when the scene has a ground line (a landscape or a city), so it is drawn with a horizon.</summary>
    public bool IsLandscape => Shows(ArtSubject.Mountains | ArtSubject.City | ArtSubject.Sea | ArtSubject.Desert | ArtSubject.Forest | ArtSubject.Sky);
}
