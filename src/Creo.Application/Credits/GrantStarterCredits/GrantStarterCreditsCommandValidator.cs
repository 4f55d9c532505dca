using FluentValidation;

namespace Creo.Application.Credits.GrantStarterCredits;

internal sealed class GrantStarterCreditsCommandValidator : AbstractValidator<GrantStarterCreditsCommand>
{
    public GrantStarterCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
