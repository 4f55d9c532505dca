using System.Security.Cryptography;
using Creo.Application.Common.Ports;
using Microsoft.Net.Http.Headers;

namespace Creo.Web.Common;

/// <summary>
/// Media as browsers and download managers expect it: Content-Length, ETag and Last-Modified on every response, and
/// ASP.NET Core's range processing (206 with Content-Range, 416 for a range past the end, If-None-Match → 304,
/// If-Range), which needs a seekable stream or the bytes. Stored objects are streamed, never buffered: on S3 a
/// seek becomes a ranged GET. Call only after the owner check, so a Range header changes nothing for a stranger.
/// </summary>
internal static class MediaResults
{
    public static IResult Stored(StoredObject stored, string contentType) =>
        TypedResults.Stream(
            stored.Content, contentType, lastModified: stored.LastModified, entityTag: EntityTagOf(stored.ETag), enableRangeProcessing: true);

    /// <summary>Bytes already in memory (thumbnails, showcase pictures): the ETag is a hash of the bytes themselves.</summary>
    public static IResult Bytes(byte[] content, string contentType, DateTimeOffset lastModified) =>
        TypedResults.File(content, contentType, lastModified: lastModified, entityTag: HashTag(content), enableRangeProcessing: true);

    /// <summary>Stores quote their ETags as HTTP does; one that does not (or that HTTP cannot carry) is hashed instead.</summary>
    private static EntityTagHeaderValue? EntityTagOf(string? eTag) =>
        eTag switch
        {
            null or "" => null,
            _ when EntityTagHeaderValue.TryParse(eTag, out var parsed) && !parsed.IsWeak => parsed,
            _ => new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(eTag)))[..32]}\""),
        };

    private static EntityTagHeaderValue HashTag(byte[] content) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
}
