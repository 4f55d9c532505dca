namespace Creo.Application.Credits.Contracts;

internal sealed class GrantStarterCreditsCommandValidator : AbstractValidator<GrantStarterCreditsCommand>
{
    public GrantStarterCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
