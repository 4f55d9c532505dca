using FluentValidation;

namespace Creo.Application.Accounts.EndSessionsForDeletion;

internal sealed class EndSessionsForDeletionCommandValidator : AbstractValidator<EndSessionsForDeletionCommand>
{
    public EndSessionsForDeletionCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
