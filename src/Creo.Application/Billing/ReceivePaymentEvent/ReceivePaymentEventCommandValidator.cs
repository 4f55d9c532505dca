namespace Creo.Application.Billing.ReceivePaymentEvent;

internal sealed class ReceivePaymentEventCommandValidator : AbstractValidator<ReceivePaymentEventCommand>
{
    public ReceivePaymentEventCommandValidator()
    {
        RuleFor(c => c.Payload).NotEmpty();
    }
}
