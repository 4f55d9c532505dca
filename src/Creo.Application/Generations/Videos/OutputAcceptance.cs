using Creo.Application.Generations.Providers;

namespace Creo.Application.Generations.Videos;

/// <summary>
/// Whether a downloaded output is what its model makes, judged by its bytes: an image model's output must be an image,
/// a video model's a video whose length and size can be read from the file (they are recorded with it). Anything else
/// (HTML, a picture from a "video" model, a video container that lies about itself) is refused for good.
/// </summary>
internal static class OutputAcceptance
{
    public static (string ContentType, VideoFacts? Video) Check(ReadOnlySpan<byte> content, MediaKind kind)
    {
        var contentType = OutputContentTypes.Sniff(content[..Math.Min(content.Length, OutputContentTypes.SniffLength)])
            ?? throw new OutputRefusedException("its content is not an image or a video");
        var isVideo = contentType.StartsWith("video/", StringComparison.Ordinal);
        if (kind == MediaKind.Video)
        {
            if (!isVideo)
            {
                throw new OutputRefusedException("a video model's output is not a video");
            }

            return (contentType, VideoFiles.Read(content, contentType)
                ?? throw new OutputRefusedException("its video's length and picture size cannot be read from the file"));
        }

        return isVideo ? throw new OutputRefusedException("an image model's output is not an image") : (contentType, null);
    }
}
