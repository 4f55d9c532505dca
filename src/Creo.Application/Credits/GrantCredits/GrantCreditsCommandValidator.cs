using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GrantCredits;

internal sealed class GrantCreditsCommandValidator : AbstractValidator<GrantCreditsCommand>
{
    public GrantCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Amount).GreaterThan(0);
        RuleFor(c => c.SourceKey).NotEmpty().MaximumLength(CreditEntry.MaxSourceKeyLength - CreditSourceKeys.ExpiryPrefix.Length);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(CreditEntry.MaxReasonLength);
        RuleFor(c => c.ExpiresAt).Null().When(c => c.Kind == CreditGrantKind.Purchase).WithMessage("Bought credits do not lapse.");
        RuleFor(c => c.ExpiresAt).NotNull().When(c => c.Kind == CreditGrantKind.Subscription).WithMessage("Subscription credits lapse at the end of their period.");
    }
}
