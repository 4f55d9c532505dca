namespace Creo.Application.Credits.Contracts;

internal sealed class HoldCreditsForDisputeCommandValidator : AbstractValidator<HoldCreditsForDisputeCommand>
{
    public HoldCreditsForDisputeCommandValidator() => RuleFor(c => c.UserId).NotEmpty();
}
