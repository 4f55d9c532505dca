namespace Creo.Application.Privacy.CancelAccountDeletion;

internal sealed class CancelAccountDeletionCommandValidator : AbstractValidator<CancelAccountDeletionCommand>
{
    public CancelAccountDeletionCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
