using Creo.Application.Billing.Payments;
using Creo.Application.Billing.RecordFetchedPaymentEvents;

namespace Creo.Application.Billing.ReconcilePayments;

internal sealed class ReconcilePaymentsJobHandler(
    IBillingData data,
    IPaymentGateway gateway,
    IMediator mediator,
    IOptions<BillingOptions> options,
    TimeProvider clock,
    ILogger<ReconcilePaymentsJobHandler> logger) : IJobHandler<ReconcilePaymentsJob>
{
    /// <summary>Events can be delivered out of order; looking a little before the newest one we hold catches stragglers.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

    /// <summary>With an empty inbox, how far back to look (the provider keeps events 30 days).</summary>
    private static readonly TimeSpan FirstLook = TimeSpan.FromDays(3);

    public async Task RunAsync(ReconcilePaymentsJob job, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var newest = await data.PaymentEvents.AsNoTracking()
            .OrderByDescending(e => e.EventCreatedAt).Select(e => (DateTimeOffset?)e.EventCreatedAt).FirstOrDefaultAsync(cancellationToken);
        var since = newest is { } at ? at - Overlap : clock.GetUtcNow() - FirstLook;
        var payloads = await gateway.ListEventsSinceAsync(since, cancellationToken);
        var added = await mediator.Send(new RecordFetchedPaymentEventsCommand(payloads), cancellationToken);
        logger.LogInformation("Reconciliation fetched {Fetched} payment events, {Added} of them missed by webhooks", payloads.Count, added);
    }
}
