namespace Creo.Application.Generations.UploadImage;

public sealed record UploadDto(Guid Id, int Width, int Height);
