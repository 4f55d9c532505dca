namespace Creo.Application.Generations.Contracts;

internal sealed class EraseGenerationsCommandValidator : AbstractValidator<EraseGenerationsCommand>
{
    public EraseGenerationsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
