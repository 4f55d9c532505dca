using FluentValidation;

namespace Creo.Application.Privacy.EraseAccountNow;

internal sealed class EraseAccountNowCommandValidator : AbstractValidator<EraseAccountNowCommand>
{
    public EraseAccountNowCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
