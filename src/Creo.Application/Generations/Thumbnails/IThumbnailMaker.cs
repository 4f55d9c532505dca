namespace Creo.Application.Generations.Thumbnails;

/// <summary>
/// Makes a small square picture of an image for the gallery: the middle of it, cropped to a square and scaled
/// down to at most <c>size</c> pixels a side (never up), so every card is one height and loads a few kilobytes.
/// </summary>
public interface IThumbnailMaker
{
    /// <summary>The thumbnail, or null when <paramref name="original"/> does not decode as an image.</summary>
    Task<Thumbnail?> MakeAsync(Stream original, int size, CancellationToken cancellationToken);
}

/// <summary>
/// An encoded thumbnail, its media type, and when it was made (for Last-Modified). <see cref="Provisional"/>: a
/// generated stand-in (a video poster without a frame), neither kept in storage nor cached long by the browser.
/// </summary>
public sealed record Thumbnail(byte[] Content, string ContentType, DateTimeOffset LastModified = default, bool Provisional = false);
