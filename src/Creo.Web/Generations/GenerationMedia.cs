using Creo.Application.Generations;

namespace Creo.Web.Generations;

/// <summary>How pages show and name a generation's output.</summary>
public static class GenerationMedia
{
    public static bool IsVideo(GenerationOutputDto output) => output.ContentType.StartsWith("video/", StringComparison.Ordinal);

    /// <summary>The first output of a finished generation, the one pages show; null until there is one.</summary>
    public static GenerationOutputDto? Shown(GenerationDto generation) =>
        generation.Status == "succeeded" && generation.Outputs.Count > 0 ? generation.Outputs[0] : null;

    /// <summary>
    /// A file name for the download link: the output URL ends in an opaque token, so without this the saved file
    /// would have no extension and open in nothing.
    /// </summary>
    public static string DownloadName(GenerationDto generation, GenerationOutputDto output)
    {
        var subtype = output.ContentType[(output.ContentType.IndexOf('/') + 1)..];
        var extension = subtype switch
        {
            "jpeg" => "jpg",
            "png" or "webp" or "gif" or "mp4" or "webm" => subtype,
            _ => "bin",
        };
        return $"creo-{generation.CreatedAt.UtcDateTime:yyyyMMdd-HHmmss}-{generation.Id.ToString("N")[..8]}.{extension}";
    }

    /// <summary>The gallery picture of a generation: an image's thumbnail, a video's poster frame.</summary>
    public static string PosterUrl(GenerationDto generation) => $"/generations/{generation.Id}/thumbnail";

    /// <summary>A video's length as read from its file, to a tenth of a second: "2.0 seconds".</summary>
    public static string Length(double seconds) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seconds:0.0} seconds");

    /// <summary>A prompt short enough for a card title or a button label; the detail page shows all of it.</summary>
    public static string ShortPrompt(string prompt, int length = 120) =>
        prompt.Length <= length ? prompt : prompt[..length].TrimEnd() + "…";

    /// <summary>Alternative text: the prompt is the best description of the picture we have.</summary>
    public static string Describe(GenerationDto generation) =>
        $"{(generation.Kind == "video" ? "Video" : "Image")} made from the prompt: {generation.Prompt}";
}
