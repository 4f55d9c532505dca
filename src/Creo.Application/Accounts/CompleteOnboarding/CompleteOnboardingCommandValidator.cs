namespace Creo.Application.Accounts.CompleteOnboarding;

internal sealed class CompleteOnboardingCommandValidator : AbstractValidator<CompleteOnboardingCommand>
{
    public CompleteOnboardingCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.ConfirmsAge16OrOlder).Equal(true).WithMessage("Crëo is only for people aged 16 or older.");
        RuleFor(c => c.AcceptsPolicyVersion).GreaterThanOrEqualTo(1);
    }
}
