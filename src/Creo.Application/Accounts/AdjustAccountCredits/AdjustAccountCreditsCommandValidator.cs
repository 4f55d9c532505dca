using Creo.Application.Credits.AdjustCredits;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Accounts.AdjustAccountCredits;

internal sealed class AdjustAccountCreditsCommandValidator : AbstractValidator<AdjustAccountCreditsCommand>
{
    public AdjustAccountCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Amount).NotEqual(0).InclusiveBetween(-AdjustCreditsCommandValidator.MaxAdjustment, AdjustCreditsCommandValidator.MaxAdjustment);
        RuleFor(c => c.Reason).IsAStaffReason();
        RuleFor(c => c.OperationId).NotEmpty().MaximumLength(100);
    }
}
