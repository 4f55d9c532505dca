using Creo.Application.Billing.ApplyPaymentEvent;

namespace Creo.Application.Billing.ReplayPaymentEvent;

internal sealed class ReplayPaymentEventCommandHandler(IBillingData data, IUnitOfWork unitOfWork, IJobScheduler jobs) : ICommandHandler<ReplayPaymentEventCommand>
{
    public async ValueTask<Unit> Handle(ReplayPaymentEventCommand command, CancellationToken cancellationToken)
    {
        var record = await data.PaymentEvents.FirstOrNotFoundAsync(e => e.EventId == command.EventId, "Payment event", cancellationToken);
        record.Reopen();
        var eventId = record.EventId;
        unitOfWork.AfterCommit(() => jobs.Enqueue(new ApplyPaymentEventJob(eventId)));
        return Unit.Value;
    }
}
