using FluentValidation;

namespace Creo.Application.Accounts.EraseAccount;

internal sealed class EraseAccountCommandValidator : AbstractValidator<EraseAccountCommand>
{
    public EraseAccountCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
