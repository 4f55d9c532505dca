using Creo.Application.Generations.Thumbnails;

namespace Creo.Application.Generations.GetGenerationThumbnail;

/// <summary>
/// The gallery thumbnail of one of the caller's finished generations: of an image, or of a video's poster frame.
/// Another account's id and a generation without an output are not found, exactly like a missing id.
/// </summary>
public sealed record GetGenerationThumbnailQuery(Guid UserId, Guid GenerationId) : IQuery<Thumbnail>;
