namespace Creo.Application.Accounts.Contracts;

internal sealed class EraseAccountCommandValidator : AbstractValidator<EraseAccountCommand>
{
    public EraseAccountCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
