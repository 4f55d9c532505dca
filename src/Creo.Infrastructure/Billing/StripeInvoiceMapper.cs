using Creo.Application.Billing.Payments;
using Stripe;
using InvoiceFacts = Creo.Domain.Billing.InvoiceFacts;

namespace Creo.Infrastructure.Billing;

/// <summary>An invoice as billing keeps it, read from where this API version puts the subscription, price and period.</summary>
// Not Mapster: it picks the plan line and period out of Stripe's nested objects, which is reading, not copying.
internal static class StripeInvoiceMapper
{
    public static InvoiceState Map(Invoice invoice)
    {
        var line = PlanLine(invoice);
        var period = line?.Period;
        return new InvoiceState(
            invoice.Id,
            invoice.CustomerId ?? string.Empty,
            invoice.Parent?.SubscriptionDetails?.SubscriptionId ?? line?.Parent?.SubscriptionItemDetails?.Subscription,
            line?.Pricing?.PriceDetails?.PriceId,
            new InvoiceFacts(
                invoice.Number,
                invoice.AmountDue,
                invoice.AmountPaid,
                invoice.Currency ?? string.Empty,
                invoice.Status ?? string.Empty,
                StripeTime.Of(period?.Start) ?? StripeTime.Of(invoice.PeriodStart),
                StripeTime.Of(period?.End) ?? StripeTime.Of(invoice.PeriodEnd),
                invoice.HostedInvoiceUrl),
            invoice.BillingReason);
    }

    /// <summary>
    /// The line that says which plan and period the invoice pays for: the first subscription line that is not a
    /// proration (after a plan change an invoice opens with the credit for the old plan); on a plan change's own
    /// invoice, where every line is a proration, the charge for the rest of the period on the new plan (the positive
    /// one; the credit for the old plan's unused time is negative); else the first line that is no proration at all.
    /// The invoice's own period_start/end is the span its pending items were collected over, usually the period before.
    /// </summary>
    private static InvoiceLineItem? PlanLine(Invoice invoice)
    {
        var lines = invoice.Lines?.Data ?? [];
        return lines.FirstOrDefault(line => line.Parent?.SubscriptionItemDetails is { Proration: false })
            ?? lines.FirstOrDefault(line => line.Parent?.SubscriptionItemDetails is { Proration: true } && line.Amount > 0)
            ?? lines.FirstOrDefault(line => line.Parent?.SubscriptionItemDetails is not { Proration: true });
    }
}
