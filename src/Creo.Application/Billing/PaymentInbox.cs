using Creo.Application.Billing.ApplyPaymentEvent;
using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing;

/// <summary>Records a provider event once (its id is the key) and has a job apply it after the record is committed.</summary>
internal sealed class PaymentInbox(IBillingData data, IUnitOfWork unitOfWork, IDatabaseErrors databaseErrors, IJobScheduler jobs, TimeProvider clock, Common.Telemetry.WebhookDelivery delivery)
{
    /// <summary>Returns false when the event was already in the inbox (a redelivery): nothing is written.</summary>
    public async Task<bool> RecordAsync(PaymentEvent paymentEvent, string payload, CancellationToken cancellationToken)
    {
        if (await data.PaymentEvents.AnyAsync(e => e.EventId == paymentEvent.Id, cancellationToken))
        {
            delivery.MarkDuplicate();
            return false;
        }

        var record = PaymentEventRecord.Receive(paymentEvent.Id, paymentEvent.Type, paymentEvent.Created, payload, clock.GetUtcNow());
        data.PaymentEvents.Add(record);
        try
        {
            // Saved at once: deliveries of one event that arrive together (Stripe retries overlap) all pass the check
            // above, and the event id, the inbox's key, lets one in. The others are redeliveries like any other: they are
            // answered 200 and write nothing, where the key's refusal used to fail them with a 500.
            await unitOfWork.SaveChangesOrUndoAsync(cancellationToken);
        }
        catch (Exception exception) when (databaseErrors.IsUniqueViolation(exception))
        {
            data.PaymentEvents.Remove(record);
            delivery.MarkDuplicate();
            return false;
        }

        var eventId = paymentEvent.Id;
        unitOfWork.AfterCommit(() => jobs.Enqueue(new ApplyPaymentEventJob(eventId)));
        return true;
    }
}
