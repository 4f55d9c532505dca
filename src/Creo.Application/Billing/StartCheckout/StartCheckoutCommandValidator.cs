namespace Creo.Application.Billing.StartCheckout;

internal sealed class StartCheckoutCommandValidator : AbstractValidator<StartCheckoutCommand>
{
    public StartCheckoutCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c).Must(c => string.IsNullOrEmpty(c.PlanId) ^ string.IsNullOrEmpty(c.PackId))
            .WithName("planId").WithMessage("Choose a plan or a pack (one of planId, packId).");
        RuleFor(c => c.ReturnBase).NotNull();
    }
}
