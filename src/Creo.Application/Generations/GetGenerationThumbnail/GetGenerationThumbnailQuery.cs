using Creo.Application.Generations.Thumbnails;

namespace Creo.Application.Generations.GetGenerationThumbnail;

/// <summary>
/// The gallery thumbnail of one of the caller's finished image generations. Another account's id, a video, and a
/// generation without an image are all not found, exactly like a missing id.
/// </summary>
public sealed record GetGenerationThumbnailQuery(Guid UserId, Guid GenerationId) : IQuery<Thumbnail>;
