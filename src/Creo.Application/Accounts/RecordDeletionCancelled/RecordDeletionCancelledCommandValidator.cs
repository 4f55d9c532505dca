using FluentValidation;

namespace Creo.Application.Accounts.RecordDeletionCancelled;

internal sealed class RecordDeletionCancelledCommandValidator : AbstractValidator<RecordDeletionCancelledCommand>
{
    public RecordDeletionCancelledCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
