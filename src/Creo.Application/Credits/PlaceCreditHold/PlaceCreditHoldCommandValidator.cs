
namespace Creo.Application.Credits.PlaceCreditHold;

internal sealed class PlaceCreditHoldCommandValidator : AbstractValidator<PlaceCreditHoldCommand>
{
    public PlaceCreditHoldCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Amount).GreaterThan(0);
        RuleFor(c => c.HoldKey).NotEmpty().MaximumLength(CreditEntry.MaxSourceKeyLength - CreditSourceKeys.SettlementPrefix.Length);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(CreditEntry.MaxReasonLength);
    }
}
