namespace Creo.Application.Accounts.Contracts;

internal sealed class RecordDeletionCancelledCommandValidator : AbstractValidator<RecordDeletionCancelledCommand>
{
    public RecordDeletionCancelledCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
