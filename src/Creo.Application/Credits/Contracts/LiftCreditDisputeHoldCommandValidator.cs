namespace Creo.Application.Credits.Contracts;

internal sealed class LiftCreditDisputeHoldCommandValidator : AbstractValidator<LiftCreditDisputeHoldCommand>
{
    public LiftCreditDisputeHoldCommandValidator() => RuleFor(c => c.UserId).NotEmpty();
}
