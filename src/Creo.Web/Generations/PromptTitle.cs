namespace Creo.Web.Generations;

/// <summary>
/// A page title made of a prompt's first words, so a generation's page and its browser tab say what the picture
/// is rather than "Image details". Razor encodes it where it is written; this only shortens.
/// </summary>
public static class PromptTitle
{
    public const int Words = 6;

    /// <summary>A single word longer than this (a pasted URL) is cut too, so the title stays a title.</summary>
    public const int MaxLength = 60;

    public static string Of(string? prompt, string fallback = "Untitled")
    {
        var words = (prompt ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return fallback;
        }

        var title = string.Join(' ', words.Take(Words));
        var shortened = words.Length > Words;
        if (title.Length > MaxLength)
        {
            title = title[..MaxLength].TrimEnd();
            shortened = true;
        }

        return shortened ? title.TrimEnd('.', ',', ';', ':', '-') + "…" : title;
    }
}
