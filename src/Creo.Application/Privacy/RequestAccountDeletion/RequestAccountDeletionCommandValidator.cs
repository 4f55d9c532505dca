namespace Creo.Application.Privacy.RequestAccountDeletion;

internal sealed class RequestAccountDeletionCommandValidator : AbstractValidator<RequestAccountDeletionCommand>
{
    public RequestAccountDeletionCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
