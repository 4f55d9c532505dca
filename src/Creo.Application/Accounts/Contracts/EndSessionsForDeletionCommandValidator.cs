namespace Creo.Application.Accounts.Contracts;

internal sealed class EndSessionsForDeletionCommandValidator : AbstractValidator<EndSessionsForDeletionCommand>
{
    public EndSessionsForDeletionCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
