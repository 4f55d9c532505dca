using Creo.Application.Billing.RecordPaymentEventFailure;
using Creo.Application.Common.Jobs;
using Mediator;

namespace Creo.Application.Billing.ApplyPaymentEvent;

internal sealed class ApplyPaymentEventJobHandler(IMediator mediator) : IJobHandler<ApplyPaymentEventJob>
{
    public async Task RunAsync(ApplyPaymentEventJob job, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ApplyPaymentEventCommand(job.EventId), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var reason = exception is Creo.Domain.Common.DomainException rule ? rule.Code : exception.GetType().Name;
            await mediator.Send(new RecordPaymentEventFailureCommand(job.EventId, reason), CancellationToken.None);
            throw;
        }
    }
}
