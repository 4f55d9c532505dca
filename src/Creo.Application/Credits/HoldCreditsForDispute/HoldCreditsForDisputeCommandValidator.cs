using FluentValidation;

namespace Creo.Application.Credits.HoldCreditsForDispute;

internal sealed class HoldCreditsForDisputeCommandValidator : AbstractValidator<HoldCreditsForDisputeCommand>
{
    public HoldCreditsForDisputeCommandValidator() => RuleFor(c => c.UserId).NotEmpty();
}
