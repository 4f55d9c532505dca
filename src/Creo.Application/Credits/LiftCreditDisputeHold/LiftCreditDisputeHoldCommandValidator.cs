using FluentValidation;

namespace Creo.Application.Credits.LiftCreditDisputeHold;

internal sealed class LiftCreditDisputeHoldCommandValidator : AbstractValidator<LiftCreditDisputeHoldCommand>
{
    public LiftCreditDisputeHoldCommandValidator() => RuleFor(c => c.UserId).NotEmpty();
}
