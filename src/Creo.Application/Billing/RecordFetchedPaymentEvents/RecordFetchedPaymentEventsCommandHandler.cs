using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing.RecordFetchedPaymentEvents;

internal sealed class RecordFetchedPaymentEventsCommandHandler(IPaymentGateway gateway, PaymentInbox inbox)
    : ICommandHandler<RecordFetchedPaymentEventsCommand, int>
{
    public async ValueTask<int> Handle(RecordFetchedPaymentEventsCommand command, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var payload in command.Payloads)
        {
            added += await inbox.RecordAsync(gateway.ReadEvent(payload), payload, cancellationToken) ? 1 : 0;
        }

        return added;
    }
}
