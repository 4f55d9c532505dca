namespace Creo.Application.Generations;

/// <summary>File extensions for stored outputs, so a downloaded file opens in the right program.</summary>
internal static class OutputExtensions
{
    public static string For(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        "image/gif" => ".gif",
        "video/mp4" => ".mp4",
        "video/webm" => ".webm",
        _ => ".bin",
    };
}
