namespace Creo.Application.Billing.PurgeBillingRecords;

internal sealed class PurgeBillingRecordsJobHandler(IBillingData data, TimeProvider clock, ILogger<PurgeBillingRecordsJobHandler> logger)
    : IJobHandler<PurgeBillingRecordsJob>
{
    public async Task RunAsync(PurgeBillingRecordsJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // Unapplied events stay, however old: they still have work to do (and an operator may replay them).
        var served = now - PurgeBillingRecordsJob.InboxRetention;
        var events = await data.PaymentEvents.DeleteInBatchesAsync(e => e.AppliedAt < served, e => e.EventId, cancellationToken);
        var taxCutoff = now - Invoice.RetentionPeriod;
        var invoices = await data.Invoices.DeleteInBatchesAsync(i => i.CreatedAt < taxCutoff, i => i.Id, cancellationToken);
        logger.LogInformation("Billing retention removed {Events} applied payment events and {Invoices} invoices past six years", events, invoices);
    }
}
