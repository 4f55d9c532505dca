
namespace Creo.Application.Credits.CaptureCreditHold;

internal sealed class CaptureCreditHoldCommandValidator : AbstractValidator<CaptureCreditHoldCommand>
{
    public CaptureCreditHoldCommandValidator()
    {
        RuleFor(c => c.HoldKey).NotEmpty();
    }
}
