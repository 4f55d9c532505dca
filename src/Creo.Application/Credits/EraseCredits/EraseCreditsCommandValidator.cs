using FluentValidation;

namespace Creo.Application.Credits.EraseCredits;

internal sealed class EraseCreditsCommandValidator : AbstractValidator<EraseCreditsCommand>
{
    public EraseCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
