
namespace Creo.Application.Credits.AdjustCredits;

internal sealed class AdjustCreditsCommandValidator : AbstractValidator<AdjustCreditsCommand>
{
    /// <summary>A correction, not a currency: larger changes are a purchase or a support case of their own.</summary>
    public const long MaxAdjustment = 100_000;

    public AdjustCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Amount).NotEqual(0).InclusiveBetween(-MaxAdjustment, MaxAdjustment);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Domain.Credits.CreditEntry.MaxReasonLength);
        RuleFor(c => c.SourceKey).NotEmpty().MaximumLength(Domain.Credits.CreditEntry.MaxSourceKeyLength);
    }
}
