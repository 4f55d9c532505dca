namespace Creo.Application.Generations.DeleteUpload;

/// <summary>
/// Deletes one of the caller's uploads: the image leaves storage, then its row goes. Refused (409) while a generation
/// that still has to read it is queued or running; generations that already finished keep their outputs.
/// </summary>
public sealed record DeleteUploadCommand(Guid UserId, Guid UploadId) : ICommand;
