using FluentValidation;

namespace Creo.Application.Accounts.CloseAccountForErasure;

internal sealed class CloseAccountForErasureCommandValidator : AbstractValidator<CloseAccountForErasureCommand>
{
    public CloseAccountForErasureCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
