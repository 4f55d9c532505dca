namespace Creo.Application.Generations;

/// <summary>
/// What an output is, judged by its first bytes rather than by what the provider said: a provider's content type
/// (or a file name) could make us store and later serve <c>text/html</c> from our own origin.
/// </summary>
internal static class OutputContentTypes
{
    /// <summary>Enough bytes for every signature below.</summary>
    public const int SniffLength = 16;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] WebP = "WEBP"u8.ToArray();
    private static readonly byte[] FileType = "ftyp"u8.ToArray();
    private static readonly byte[] Ebml = [0x1A, 0x45, 0xDF, 0xA3];

    /// <summary>The image or video type these bytes begin, or null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Png))
        {
            return "image/png";
        }

        if (content.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (content.StartsWith(Gif87) || content.StartsWith(Gif89))
        {
            return "image/gif";
        }

        if (content.Length >= 12 && content.StartsWith(Riff) && content[8..12].SequenceEqual(WebP))
        {
            return "image/webp";
        }

        // ISO media (MP4): a box size, then the ftyp box naming the brand.
        if (content.Length >= 12 && content[4..8].SequenceEqual(FileType))
        {
            return "video/mp4";
        }

        return content.StartsWith(Ebml) ? "video/webm" : null;
    }
}
