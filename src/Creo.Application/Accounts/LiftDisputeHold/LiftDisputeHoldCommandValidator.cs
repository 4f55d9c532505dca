namespace Creo.Application.Accounts.LiftDisputeHold;

internal sealed class LiftDisputeHoldCommandValidator : AbstractValidator<LiftDisputeHoldCommand>
{
    public LiftDisputeHoldCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
