namespace Creo.Application.Generations.DeleteUpload;

internal sealed class DeleteUploadCommandHandler(IGenerationsData data, IObjectStorage storage)
    : ICommandHandler<DeleteUploadCommand>
{
    public async ValueTask<Unit> Handle(DeleteUploadCommand command, CancellationToken cancellationToken)
    {
        // Another account's upload is "not found" exactly as a missing one is, so ids cannot be probed.
        var upload = await data.Uploads
            .FirstOrNotFoundAsync(u => u.Id == command.UploadId && u.UserId == command.UserId, "Upload", cancellationToken);

        // A queued or running generation reads its source image when its run starts: deleting it now would fail
        // a run the person paid for. They can cancel the generation, or wait for it, and delete then.
        if (await data.Generations.AnyAsync(
                g => g.SourceImageId == upload.Id && g.UserId == command.UserId && (g.Status == GenerationStatus.Queued || g.Status == GenerationStatus.Running),
                cancellationToken))
        {
            throw new DomainException("upload-in-use", "A generation that is still queued or running uses this upload; cancel it or wait until it finishes.");
        }

        // The image first: if removing the row failed after this, deleting again finishes the job.
        await storage.DeleteAsync(upload.StorageKey, cancellationToken);
        data.Uploads.Remove(upload);
        return Unit.Value;
    }
}
