using Creo.Application.Billing.Contracts;

namespace Creo.Application.Billing.ExportBillingData;

internal sealed class ExportBillingDataQueryHandler(IBillingData data) : IQueryHandler<ExportBillingDataQuery, PersonalDataPart>
{
    public async ValueTask<PersonalDataPart> Handle(ExportBillingDataQuery query, CancellationToken cancellationToken)
    {
        var userId = query.UserId;
        var customers = await data.BillingCustomers.AsNoTracking()
            .Where(c => c.UserId == userId)
            .Select(c => new { c.UserId, c.ProviderCustomerId, c.CreatedAt })
            .ToListAsync(cancellationToken);
        var subscriptions = await data.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == userId).OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.UserId, s.ProviderSubscriptionId, s.PlanId, Status = SubscriptionStatusNames.Of(s.Status), s.CurrentPeriodStart, s.CurrentPeriodEnd,
                s.CancelAtPeriodEnd, s.StateAt, s.UpdatedAt,
            })
            .ToListAsync(cancellationToken);

        // Anonymised invoices (an erased account's, kept for tax law) name nobody any more.
        var invoices = await data.Invoices.AsNoTracking()
            .Where(i => i.UserId == userId).OrderBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.UserId, i.ProviderInvoiceId, i.Number, i.AmountDue, i.AmountPaid, i.Currency, i.Status, i.PeriodStart,
                i.PeriodEnd, i.HostedInvoiceUrl, i.CreatedAt, i.StateAt, i.AnonymisedAt,
            })
            .ToListAsync(cancellationToken);
        var purchases = await data.CreditPurchases.AsNoTracking()
            .Where(p => p.UserId == userId).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.UserId, p.SourceKey, p.ProviderInvoiceId, p.ProviderPaymentIntentId, p.Credits, p.AmountPaid, p.Currency, p.CreatedAt, p.PeriodSlot })
            .ToListAsync(cancellationToken);
        var reversals = await data.PaymentReversals.AsNoTracking()
            .Where(r => data.CreditPurchases.Any(p => p.Id == r.PurchaseId && p.UserId == userId))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.ReversalId)
            .Select(r => new { r.ReversalId, r.PurchaseId, r.Amount, r.RunningTotal, r.CreditsTakenBack, r.CreatedAt })
            .ToListAsync(cancellationToken);

        return new PersonalDataPart(
            "billing",
            [
                PersonalDataTable.Of("customers", customers),
                PersonalDataTable.Of("subscriptions", subscriptions),
                PersonalDataTable.Of("invoices", invoices),
                PersonalDataTable.Of("credit_purchases", purchases),
                PersonalDataTable.Of("payment_reversals", reversals),
                PersonalDataTable.Of("payment_events", await EventsNamingAsync(customers.FirstOrDefault()?.ProviderCustomerId, cancellationToken)),
            ],
            []);
    }

    /// <summary>The webhook inbox keeps events as the provider sent them; the person's are those naming their customer.</summary>
    private async Task<IReadOnlyList<object>> EventsNamingAsync(string? customerId, CancellationToken cancellationToken)
    {
        if (customerId is null)
        {
            return [];
        }

        var events = await data.PaymentEvents.AsNoTracking()
            .Where(e => e.Payload.Contains(customerId)).OrderBy(e => e.ReceivedAt).ThenBy(e => e.EventId)
            .Select(e => new { e.EventId, e.Type, e.EventCreatedAt, e.ReceivedAt, e.Payload, e.AppliedAt, e.Attempts, e.LastError })
            .ToListAsync(cancellationToken);
        return [.. events];
    }
}
