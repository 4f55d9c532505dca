using Creo.Application.Billing.ApplyPaymentEvent;
using Creo.Application.Common.Errors;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Billing.ReplayPaymentEvent;

internal sealed class ReplayPaymentEventCommandHandler(IBillingData data, IUnitOfWork unitOfWork, IJobScheduler jobs) : ICommandHandler<ReplayPaymentEventCommand>
{
    public async ValueTask<Unit> Handle(ReplayPaymentEventCommand command, CancellationToken cancellationToken)
    {
        var record = await data.PaymentEvents.FirstOrDefaultAsync(e => e.EventId == command.EventId, cancellationToken)
            ?? throw new NotFoundException("Payment event");
        record.Reopen();
        var eventId = record.EventId;
        unitOfWork.AfterCommit(() => jobs.Enqueue(new ApplyPaymentEventJob(eventId)));
        return Unit.Value;
    }
}
