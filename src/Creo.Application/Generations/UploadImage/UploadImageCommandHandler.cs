namespace Creo.Application.Generations.UploadImage;

internal sealed class UploadImageCommandHandler(IGenerationsData data, IObjectStorage storage, TimeProvider clock)
    : ICommandHandler<UploadImageCommand, UploadDto>
{
    public async ValueTask<UploadDto> Handle(UploadImageCommand command, CancellationToken cancellationToken)
    {
        // Only the re-encoded pixels are ever stored or sent on; the original bytes ended at the sanitizer.
        var image = command.Image;
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var key = Upload.StorageKeyOf(command.UserId, id);
        using (var content = new MemoryStream(image.Content, writable: false))
        {
            await storage.PutAsync(key, content, image.ContentType, cancellationToken);
        }

        data.Uploads.Add(Upload.Create(id, command.UserId, key, image.ContentType, image.Width, image.Height, image.Content.LongLength, now));
        return new UploadDto(id, image.Width, image.Height);
    }
}
