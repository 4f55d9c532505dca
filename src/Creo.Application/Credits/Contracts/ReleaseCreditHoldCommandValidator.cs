namespace Creo.Application.Credits.Contracts;

internal sealed class ReleaseCreditHoldCommandValidator : AbstractValidator<ReleaseCreditHoldCommand>
{
    public ReleaseCreditHoldCommandValidator()
    {
        RuleFor(c => c.HoldKey).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(CreditEntry.MaxReasonLength);
    }
}
