namespace Creo.Infrastructure.Generations.Local;

/// <summary>The words a local render understands, each with what it asks for. Hues are degrees on the colour wheel.</summary>
internal static class PromptWords
{
    public static readonly IReadOnlyDictionary<string, float> Colours = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        ["red"] = 2, ["crimson"] = 350, ["scarlet"] = 5, ["ruby"] = 345, ["rust"] = 15, ["coral"] = 12,
        ["orange"] = 26, ["peach"] = 24, ["amber"] = 38, ["copper"] = 22, ["bronze"] = 32, ["brown"] = 28,
        ["gold"] = 45, ["golden"] = 45, ["honey"] = 40, ["sand"] = 38, ["sandy"] = 38, ["yellow"] = 54, ["lemon"] = 56,
        ["olive"] = 70, ["lime"] = 88, ["green"] = 120, ["emerald"] = 145, ["jade"] = 150, ["mint"] = 155, ["sage"] = 100,
        ["teal"] = 176, ["turquoise"] = 178, ["aqua"] = 185, ["cyan"] = 188,
        ["blue"] = 215, ["azure"] = 205, ["sapphire"] = 222, ["cobalt"] = 225, ["navy"] = 228, ["indigo"] = 250,
        ["violet"] = 272, ["purple"] = 282, ["lavender"] = 268, ["lilac"] = 285, ["plum"] = 300,
        ["magenta"] = 308, ["fuchsia"] = 315, ["pink"] = 335, ["rose"] = 342,
    };

    /// <summary>Named palettes: a few hues that belong together, sometimes with a tone or a light of their own.</summary>
    public static readonly IReadOnlyDictionary<string, (float[] Hues, ArtTone Tone, ArtLight Light)> Palettes = new Dictionary<string, (float[], ArtTone, ArtLight)>(StringComparer.Ordinal)
    {
        ["sunset"] = ([22, 345, 42, 285], ArtTone.Any, ArtLight.Dusk),
        ["sunrise"] = ([30, 340, 48, 200], ArtTone.Any, ArtLight.Dawn),
        ["ocean"] = ([205, 185, 222, 170], ArtTone.Any, ArtLight.Any),
        ["forest"] = ([122, 95, 145, 35], ArtTone.Any, ArtLight.Any),
        ["jungle"] = ([130, 100, 160, 60], ArtTone.Any, ArtLight.Any),
        ["autumn"] = ([24, 40, 8, 50], ArtTone.Any, ArtLight.Any),
        ["fall"] = ([24, 40, 8, 50], ArtTone.Any, ArtLight.Any),
        ["spring"] = ([100, 335, 55, 190], ArtTone.Any, ArtLight.Day),
        ["winter"] = ([205, 215, 190, 230], ArtTone.Pastel, ArtLight.Any),
        ["ice"] = ([195, 210, 185], ArtTone.Pastel, ArtLight.Any),
        ["fire"] = ([12, 30, 45, 0], ArtTone.Any, ArtLight.Any),
        ["lava"] = ([8, 25, 0], ArtTone.Any, ArtLight.Night),
        ["earth"] = ([30, 40, 22, 90], ArtTone.Any, ArtLight.Any),
        ["earthy"] = ([30, 40, 22, 90], ArtTone.Any, ArtLight.Any),
        ["tropical"] = ([170, 330, 52, 105], ArtTone.Any, ArtLight.Day),
        ["neon"] = ([305, 190, 265, 330], ArtTone.Neon, ArtLight.Night),
        ["cyberpunk"] = ([310, 190, 275, 330], ArtTone.Neon, ArtLight.Night),
        ["synthwave"] = ([315, 275, 190, 25], ArtTone.Neon, ArtLight.Night),
        ["pastel"] = ([], ArtTone.Pastel, ArtLight.Day),
        ["candy"] = ([335, 190, 55, 285], ArtTone.Pastel, ArtLight.Day),
        ["monochrome"] = ([], ArtTone.Monochrome, ArtLight.Any),
        ["greyscale"] = ([], ArtTone.Monochrome, ArtLight.Any),
        ["grayscale"] = ([], ArtTone.Monochrome, ArtLight.Any),
        ["noir"] = ([], ArtTone.Monochrome, ArtLight.Night),
        ["grey"] = ([], ArtTone.Monochrome, ArtLight.Any),
        ["gray"] = ([], ArtTone.Monochrome, ArtLight.Any),
        ["vivid"] = ([], ArtTone.Neon, ArtLight.Any),
    };

    public static readonly IReadOnlyDictionary<string, ArtLight> Lights = new Dictionary<string, ArtLight>(StringComparer.Ordinal)
    {
        ["dawn"] = ArtLight.Dawn, ["morning"] = ArtLight.Dawn, ["daybreak"] = ArtLight.Dawn, ["misty"] = ArtLight.Dawn,
        ["day"] = ArtLight.Day, ["bright"] = ArtLight.Day, ["sunny"] = ArtLight.Day, ["noon"] = ArtLight.Day, ["light"] = ArtLight.Day, ["daylight"] = ArtLight.Day,
        ["dusk"] = ArtLight.Dusk, ["evening"] = ArtLight.Dusk, ["twilight"] = ArtLight.Dusk,
        ["night"] = ArtLight.Night, ["dark"] = ArtLight.Night, ["midnight"] = ArtLight.Night, ["moonlit"] = ArtLight.Night, ["moon"] = ArtLight.Night, ["stars"] = ArtLight.Night, ["starry"] = ArtLight.Night,
    };

    public static readonly IReadOnlyDictionary<string, ArtSubject> Subjects = new Dictionary<string, ArtSubject>(StringComparer.Ordinal)
    {
        ["mountain"] = ArtSubject.Mountains, ["peak"] = ArtSubject.Mountains, ["alps"] = ArtSubject.Mountains, ["hill"] = ArtSubject.Mountains,
        ["valley"] = ArtSubject.Mountains, ["terrace"] = ArtSubject.Mountains, ["landscape"] = ArtSubject.Mountains, ["volcano"] = ArtSubject.Mountains,
        ["sea"] = ArtSubject.Sea, ["ocean"] = ArtSubject.Sea, ["lake"] = ArtSubject.Sea, ["beach"] = ArtSubject.Sea, ["wave"] = ArtSubject.Sea,
        ["coast"] = ArtSubject.Sea, ["harbour"] = ArtSubject.Sea, ["harbor"] = ArtSubject.Sea, ["river"] = ArtSubject.Sea, ["lighthouse"] = ArtSubject.Sea,
        ["city"] = ArtSubject.City, ["skyline"] = ArtSubject.City, ["town"] = ArtSubject.City, ["street"] = ArtSubject.City, ["tower"] = ArtSubject.City, ["building"] = ArtSubject.City,
        ["portrait"] = ArtSubject.Portrait, ["face"] = ArtSubject.Portrait, ["person"] = ArtSubject.Portrait, ["woman"] = ArtSubject.Portrait, ["man"] = ArtSubject.Portrait, ["girl"] = ArtSubject.Portrait, ["boy"] = ArtSubject.Portrait, ["selfie"] = ArtSubject.Portrait,
        ["forest"] = ArtSubject.Forest, ["tree"] = ArtSubject.Forest, ["wood"] = ArtSubject.Forest, ["pine"] = ArtSubject.Forest, ["jungle"] = ArtSubject.Forest, ["tea"] = ArtSubject.Forest,
        ["desert"] = ArtSubject.Desert, ["dune"] = ArtSubject.Desert, ["sahara"] = ArtSubject.Desert, ["canyon"] = ArtSubject.Desert,
        ["sky"] = ArtSubject.Sky, ["cloud"] = ArtSubject.Sky, ["cloudy"] = ArtSubject.Sky, ["clouds"] = ArtSubject.Sky, ["horizon"] = ArtSubject.Sky,
    };

    /// <summary>The colours a subject is painted in when the prompt names none.</summary>
    public static readonly IReadOnlyDictionary<ArtSubject, float[]> SubjectHues = new Dictionary<ArtSubject, float[]>
    {
        [ArtSubject.Desert] = [38, 26, 46, 15],
        [ArtSubject.Forest] = [122, 95, 145, 35],
        [ArtSubject.Sea] = [205, 185, 222, 30],
        [ArtSubject.Mountains] = [215, 250, 195, 30],
        [ArtSubject.Sky] = [205, 195, 35, 225],
    };

    public static readonly IReadOnlyDictionary<string, ArtStyle> Styles = new Dictionary<string, ArtStyle>(StringComparer.Ordinal)
    {
        ["watercolour"] = ArtStyle.Watercolour, ["watercolor"] = ArtStyle.Watercolour, ["aquarelle"] = ArtStyle.Watercolour, ["wash"] = ArtStyle.Watercolour,
        ["ink"] = ArtStyle.Ink, ["sumi"] = ArtStyle.Ink, ["pen"] = ArtStyle.Ink, ["etching"] = ArtStyle.Ink, ["sketch"] = ArtStyle.Ink, ["charcoal"] = ArtStyle.Ink,
        ["mosaic"] = ArtStyle.Mosaic, ["tile"] = ArtStyle.Mosaic, ["tiled"] = ArtStyle.Mosaic, ["stained"] = ArtStyle.Mosaic,
        ["geometric"] = ArtStyle.Geometric, ["polygon"] = ArtStyle.Geometric, ["polygonal"] = ArtStyle.Geometric, ["lowpoly"] = ArtStyle.Geometric, ["cubist"] = ArtStyle.Geometric, ["abstract"] = ArtStyle.Geometric,
    };
}
