namespace Creo.Application.Billing.ReplayPaymentEvent;

internal sealed class ReplayPaymentEventCommandValidator : AbstractValidator<ReplayPaymentEventCommand>
{
    public ReplayPaymentEventCommandValidator()
    {
        RuleFor(c => c.EventId).NotEmpty().MaximumLength(255);
    }
}
