namespace Creo.Application.Generations.DeleteUpload;

internal sealed class DeleteUploadCommandValidator : AbstractValidator<DeleteUploadCommand>
{
    public DeleteUploadCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.UploadId).NotEmpty();
    }
}
