using Mediator;

namespace Creo.Application.Generations.UploadImage;

/// <summary>Stores an image to use as a source image, after re-encoding it so no metadata (EXIF, GPS) survives.</summary>
public sealed record UploadImageCommand(Guid UserId, Stream Content) : ICommand<UploadDto>;
