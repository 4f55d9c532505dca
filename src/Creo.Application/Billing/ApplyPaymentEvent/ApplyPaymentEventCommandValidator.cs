namespace Creo.Application.Billing.ApplyPaymentEvent;

internal sealed class ApplyPaymentEventCommandValidator : AbstractValidator<ApplyPaymentEventCommand>
{
    public ApplyPaymentEventCommandValidator()
    {
        RuleFor(c => c.EventId).NotEmpty().MaximumLength(255);
    }
}
