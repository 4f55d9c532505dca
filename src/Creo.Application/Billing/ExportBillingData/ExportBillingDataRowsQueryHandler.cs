using System.Runtime.CompilerServices;
using Creo.Application.Billing.Contracts;

namespace Creo.Application.Billing.ExportBillingData;

/// <summary>Every stored value of the person's billing rows, row by row.</summary>
internal sealed class ExportBillingDataRowsQueryHandler(IBillingData data) : IStreamQueryHandler<ExportBillingDataRowsQuery, PersonalDataRow>
{
    public IAsyncEnumerable<PersonalDataRow> Handle(ExportBillingDataRowsQuery query, CancellationToken cancellationToken)
    {
        var (userId, newestFirst) = (query.UserId, query.NewestFirst);
        return query.Table switch
        {
            "customers" => PersonalDataStream.Rows(
                data.BillingCustomers.Where(c => c.UserId == userId).Select(c => new { c.UserId, c.ProviderCustomerId, c.CreatedAt }), null, cancellationToken),
            "subscriptions" => PersonalDataStream.Rows(
                data.Subscriptions.Where(s => s.UserId == userId).Ordered(s => s.Id, newestFirst).Select(s => new
                {
                    s.Id, s.UserId, s.ProviderSubscriptionId, s.PlanId, Status = SubscriptionStatusNames.Of(s.Status), s.CurrentPeriodStart, s.CurrentPeriodEnd,
                    s.CancelAtPeriodEnd, s.StateAt, s.UpdatedAt,
                }),
                null,
                cancellationToken),

            // Anonymised invoices (an erased account's, kept for tax law) name nobody any more.
            "invoices" => PersonalDataStream.Rows(
                data.Invoices.Where(i => i.UserId == userId).Ordered(i => i.Id, newestFirst).Select(i => new
                {
                    i.Id, i.UserId, i.ProviderInvoiceId, i.Number, i.AmountDue, i.AmountPaid, i.Currency, i.Status, i.PeriodStart,
                    i.PeriodEnd, i.HostedInvoiceUrl, i.CreatedAt, i.StateAt, i.AnonymisedAt,
                }),
                null,
                cancellationToken),
            "credit_purchases" => PersonalDataStream.Rows(
                data.CreditPurchases.Where(p => p.UserId == userId).Ordered(p => p.Id, newestFirst)
                    .Select(p => new { p.Id, p.UserId, p.SourceKey, p.ProviderInvoiceId, p.ProviderPaymentIntentId, p.Credits, p.AmountPaid, p.Currency, p.CreatedAt, p.PeriodSlot }),
                null,
                cancellationToken),
            "payment_reversals" => PersonalDataStream.Rows(
                data.PaymentReversals.Where(r => data.CreditPurchases.Any(p => p.Id == r.PurchaseId && p.UserId == userId))
                    .OrderBy(r => r.CreatedAt).ThenBy(r => r.ReversalId)
                    .Select(r => new { r.ReversalId, r.PurchaseId, r.Amount, r.RunningTotal, r.CreditsTakenBack, r.CreatedAt }),
                null,
                cancellationToken),
            "payment_events" => EventsNaming(userId, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Table, "No such billing table."),
        };
    }

    /// <summary>The webhook inbox keeps events as the provider sent them; the person's are those naming their customer.</summary>
    private async IAsyncEnumerable<PersonalDataRow> EventsNaming(Guid userId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var customerId = await data.BillingCustomers.Where(c => c.UserId == userId).Select(c => c.ProviderCustomerId).FirstOrDefaultAsync(cancellationToken);
        if (customerId is null)
        {
            yield break;
        }

        var events = data.PaymentEvents.Where(e => e.Payload.Contains(customerId)).OrderBy(e => e.ReceivedAt).ThenBy(e => e.EventId)
            .Select(e => new { e.EventId, e.Type, e.EventCreatedAt, e.ReceivedAt, e.Payload, e.AppliedAt, e.Attempts, e.LastError });
        await foreach (var row in PersonalDataStream.Rows(events, null, cancellationToken))
        {
            yield return row;
        }
    }
}
