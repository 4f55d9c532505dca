using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing.ReceivePaymentEvent;

internal sealed class ReceivePaymentEventCommandHandler(IPaymentGateway gateway, PaymentInbox inbox, IOptions<BillingOptions> options)
    : ICommandHandler<ReceivePaymentEventCommand>
{
    public async ValueTask<Unit> Handle(ReceivePaymentEventCommand command, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            throw new NotFoundException("Payment webhooks");
        }

        var paymentEvent = gateway.ReadSignedEvent(command.Payload, command.Signature)
            ?? throw new InvalidInputException("webhook-signature-invalid", "The webhook signature is missing, wrong or too old.");
        await inbox.RecordAsync(paymentEvent, command.Payload, cancellationToken);
        return Unit.Value;
    }
}
