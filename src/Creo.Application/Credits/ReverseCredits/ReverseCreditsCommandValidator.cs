
namespace Creo.Application.Credits.ReverseCredits;

internal sealed class ReverseCreditsCommandValidator : AbstractValidator<ReverseCreditsCommand>
{
    public ReverseCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Amount).GreaterThan(0);
        RuleFor(c => c.SourceKey).NotEmpty().MaximumLength(CreditEntry.MaxSourceKeyLength);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(CreditEntry.MaxReasonLength);
    }
}
