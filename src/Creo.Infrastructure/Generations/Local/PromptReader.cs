namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// Reads a prompt's words into an <see cref="ArtDirection"/>. Pure and small on purpose: word lists, not language
/// understanding, so a person can predict what "golden desert at dawn" will do.
/// </summary>
internal static class PromptReader
{
    private const int MaxHues = 4;

    public static ArtDirection Read(string prompt)
    {
        var hues = new List<float>();
        var paletteHues = new List<float>();
        var (tone, paletteLight, light, subject, style) = (ArtTone.Any, ArtLight.Any, ArtLight.Any, ArtSubject.None, ArtStyle.Any);

        foreach (var word in Words(prompt))
        {
            if (TryLookup(PromptWords.Colours, word, out var hue) && !hues.Contains(hue))
            {
                hues.Add(hue);
            }

            if (TryLookup(PromptWords.Palettes, word, out var palette))
            {
                paletteHues.AddRange(palette.Hues.Where(h => !paletteHues.Contains(h)));
                tone = tone == ArtTone.Any ? palette.Tone : tone;
                paletteLight = paletteLight == ArtLight.Any ? palette.Light : paletteLight;
            }

            light = light == ArtLight.Any && TryLookup(PromptWords.Lights, word, out var named) ? named : light;
            subject |= TryLookup(PromptWords.Subjects, word, out var shown) ? shown : ArtSubject.None;
            style = style == ArtStyle.Any && TryLookup(PromptWords.Styles, word, out var drawn) ? drawn : style;
        }

        // "Black and white" is two colour words that mean no colour at all.
        if (prompt.Contains("black and white", StringComparison.OrdinalIgnoreCase) || prompt.Contains("b&w", StringComparison.OrdinalIgnoreCase))
        {
            tone = ArtTone.Monochrome;
        }

        // Named colours lead, a named palette fills in, and a subject lends its own colours only when nothing was named.
        hues.AddRange(paletteHues.Where(h => !hues.Contains(h)));
        if (hues.Count == 0 && tone != ArtTone.Monochrome)
        {
            hues.AddRange(PromptWords.SubjectHues.Where(pair => (subject & pair.Key) != 0).Select(pair => pair.Value).FirstOrDefault() ?? []);
        }

        return new ArtDirection([.. hues.Take(MaxHues)], tone, light == ArtLight.Any ? paletteLight : light, subject, style);
    }

    /// <summary>Lower-case runs of letters; "tea-terraces" is two words.</summary>
    public static IEnumerable<string> Words(string prompt)
    {
        var start = -1;
        for (var i = 0; i <= prompt.Length; i++)
        {
            var isLetter = i < prompt.Length && char.IsLetter(prompt[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return prompt[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>The word, or its singular when it ends in "s" ("mountains", "dunes", "cities").</summary>
    private static bool TryLookup<T>(IReadOnlyDictionary<string, T> words, string word, out T found) =>
        words.TryGetValue(word, out found!)
        || (word.EndsWith("ies", StringComparison.Ordinal) && words.TryGetValue(word[..^3] + "y", out found!))
        || (word.EndsWith("es", StringComparison.Ordinal) && words.TryGetValue(word[..^2], out found!))
        || (word.EndsWith('s') && words.TryGetValue(word[..^1], out found!));
}
