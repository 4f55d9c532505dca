using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing.ApplyPaymentEvent;

internal sealed class ApplyPaymentEventCommandHandler(IBillingData data, IPaymentGateway gateway, PaymentEventApplier applier, TimeProvider clock)
    : ICommandHandler<ApplyPaymentEventCommand>
{
    public async ValueTask<Unit> Handle(ApplyPaymentEventCommand command, CancellationToken cancellationToken)
    {
        var record = await data.PaymentEvents.FirstOrDefaultAsync(e => e.EventId == command.EventId, cancellationToken);
        if (record is null || record.AppliedAt is not null)
        {
            return Unit.Value;
        }

        await applier.ApplyAsync(gateway.ReadEvent(record.Payload), cancellationToken);
        record.MarkApplied(clock.GetUtcNow());
        return Unit.Value;
    }
}
