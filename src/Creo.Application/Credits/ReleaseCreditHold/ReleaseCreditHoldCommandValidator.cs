
namespace Creo.Application.Credits.ReleaseCreditHold;

internal sealed class ReleaseCreditHoldCommandValidator : AbstractValidator<ReleaseCreditHoldCommand>
{
    public ReleaseCreditHoldCommandValidator()
    {
        RuleFor(c => c.HoldKey).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(CreditEntry.MaxReasonLength);
    }
}
