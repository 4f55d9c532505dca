using FluentValidation;

namespace Creo.Application.Generations.EraseGenerations;

internal sealed class EraseGenerationsCommandValidator : AbstractValidator<EraseGenerationsCommand>
{
    public EraseGenerationsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
