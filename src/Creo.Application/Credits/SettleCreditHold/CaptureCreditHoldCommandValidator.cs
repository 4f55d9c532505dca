using Creo.Application.Credits.Contracts;
using FluentValidation;

namespace Creo.Application.Credits.SettleCreditHold;

internal sealed class CaptureCreditHoldCommandValidator : AbstractValidator<CaptureCreditHoldCommand>
{
    public CaptureCreditHoldCommandValidator()
    {
        RuleFor(c => c.HoldKey).NotEmpty();
    }
}
