using Creo.Application.Billing.RecordPaymentEventFailure;

namespace Creo.Application.Billing.ApplyPaymentEvent;

internal sealed class ApplyPaymentEventJobHandler(IMediator mediator, IDatabaseErrors databaseErrors) : IJobHandler<ApplyPaymentEventJob>
{
    public async Task RunAsync(ApplyPaymentEventJob job, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync(job.EventId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var reason = exception is Creo.Domain.Common.DomainException rule ? rule.Code : exception.GetType().Name;
            await mediator.Send(new RecordPaymentEventFailureCommand(job.EventId, reason), CancellationToken.None);
            throw;
        }
    }

    private async Task ApplyAsync(string eventId, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ApplyPaymentEventCommand(eventId), cancellationToken);
        }
        catch (Exception exception) when (databaseErrors.IsUniqueViolation(exception))
        {
            // Another worker applied the same fact at this very moment under another event id (invoice.paid beside
            // invoice.payment_succeeded, a resend under a new id), and its invoice, subscription, purchase or grant won the
            // unique key. Applied again in a fresh transaction, this event finds those rows and grants nothing twice,
            // instead of failing and waiting a quarter of a minute or more for Hangfire's retry.
            await mediator.Send(new ApplyPaymentEventCommand(eventId), cancellationToken);
        }
    }
}
