namespace Creo.Application.Accounts.Contracts;

internal sealed class CloseAccountForErasureCommandValidator : AbstractValidator<CloseAccountForErasureCommand>
{
    public CloseAccountForErasureCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
