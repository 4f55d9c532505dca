using Creo.Application.Generations.Uploads;

namespace Creo.Application.Generations.UploadImage;

/// <summary>
/// Stores an image to use as a source image. It arrives already re-encoded by <see cref="IImageSanitizer"/>, so no
/// metadata (EXIF, GPS) survives: the caller sanitizes first, outside this command's database transaction, so a
/// decode (or a wait for a decode slot) never holds a transaction open.
/// </summary>
public sealed record UploadImageCommand(Guid UserId, SanitizedImage Image) : ICommand<UploadDto>;
