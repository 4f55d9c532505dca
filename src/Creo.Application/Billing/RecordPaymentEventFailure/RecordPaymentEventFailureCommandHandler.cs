namespace Creo.Application.Billing.RecordPaymentEventFailure;

internal sealed class RecordPaymentEventFailureCommandHandler(IBillingData data) : ICommandHandler<RecordPaymentEventFailureCommand>
{
    public async ValueTask<Unit> Handle(RecordPaymentEventFailureCommand command, CancellationToken cancellationToken)
    {
        var record = await data.PaymentEvents.FirstOrDefaultAsync(e => e.EventId == command.EventId, cancellationToken);
        record?.RecordFailure(command.Error);
        return Unit.Value;
    }
}
