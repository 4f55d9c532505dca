namespace Creo.Application.Credits.Contracts;

internal sealed class CaptureCreditHoldCommandValidator : AbstractValidator<CaptureCreditHoldCommand>
{
    public CaptureCreditHoldCommandValidator()
    {
        RuleFor(c => c.HoldKey).NotEmpty();
    }
}
