namespace Creo.Application.Credits.Contracts;

internal sealed class EraseCreditsCommandValidator : AbstractValidator<EraseCreditsCommand>
{
    public EraseCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
