using Creo.Application.Billing.Catalog;
using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing;

/// <summary>
/// What a paid subscription invoice grants, by its billing reason (Stripe's <c>billing_reason</c>). The invoice that
/// opens a subscription or renews it (<c>subscription_create</c>, <c>subscription_cycle</c>) grants the period's
/// credits. A plan change mid-period (<c>subscription_update</c>, a proration invoice) grants the new tier's credits
/// less what the period already granted, once per subscription and period: switching back and forth can never add up
/// to more than the highest tier's credits, and a downgrade grants nothing. Any other invoice (a usage threshold, a
/// manual or a one-off invoice) grants nothing: it pays for something else than a period's credits.
/// </summary>
internal sealed class SubscriptionPeriodCredits(IBillingData data)
{
    public const string Creation = "subscription_create";
    public const string Renewal = "subscription_cycle";
    public const string PlanChange = "subscription_update";

    /// <summary>The grant <paramref name="invoice"/> pays for, or null when it pays for none.</summary>
    public async Task<PeriodCreditGrant?> ForAsync(Guid userId, InvoiceState invoice, BillingPlan plan, CancellationToken cancellationToken)
    {
        var sourceKey = invoice.BillingReason switch
        {
            Creation or Renewal => $"invoice:{invoice.InvoiceId}",

            // Keyed by the period, not the invoice: every plan change of one period shares the one upgrade grant.
            PlanChange when invoice.Facts.PeriodEnd is { } end => $"plan-change:{invoice.SubscriptionId}:{end.ToUnixTimeSeconds()}",
            _ => null,
        };
        if (sourceKey is null)
        {
            return null;
        }

        // Granted before (the same invoice again, or an earlier change of this period): the same grant, which the
        // ledger's unique source key turns into nothing.
        var recorded = await data.CreditPurchases.AsNoTracking()
            .Where(p => p.SourceKey == sourceKey)
            .Select(p => (long?)p.Credits)
            .FirstOrDefaultAsync(cancellationToken);
        if (recorded is { } credits)
        {
            return new PeriodCreditGrant(sourceKey, credits, AlreadyRecorded: true, PeriodSlot: null);
        }

        if (invoice.Facts.PeriodEnd is not { } periodEnd)
        {
            return new PeriodCreditGrant(sourceKey, plan.MonthlyCredits, AlreadyRecorded: false, PeriodSlot: null);
        }

        // The slot is the number of grants this period has had: a concurrent grant read the same number, claims the
        // same slot, and one of the two is applied again once the other is in (ApplyPaymentEventJobHandler).
        var granted = await GrantedForPeriodAsync(userId, periodEnd, cancellationToken);
        var owed = plan.MonthlyCredits - granted.Sum();
        var slot = $"{userId:N}:{periodEnd.ToUnixTimeSeconds()}:{granted.Count}";
        return owed > 0 ? new PeriodCreditGrant(sourceKey, owed, AlreadyRecorded: false, slot) : null;
    }

    /// <summary>The credits each of the person's subscription invoices for the period ending at <paramref name="periodEnd"/> granted so far.</summary>
    private Task<List<long>> GrantedForPeriodAsync(Guid userId, DateTimeOffset periodEnd, CancellationToken cancellationToken) =>
        data.CreditPurchases.AsNoTracking()
            .Where(p => p.UserId == userId
                && data.Invoices.Any(i => i.ProviderInvoiceId == p.ProviderInvoiceId && i.UserId == userId && i.PeriodEnd == periodEnd))
            .Select(p => p.Credits)
            .ToListAsync(cancellationToken);
}

/// <summary>
/// A period's credits to grant under <paramref name="SourceKey"/>; <paramref name="AlreadyRecorded"/> when the purchase is
/// on record; <paramref name="PeriodSlot"/> the period's slot a new purchase claims.
/// </summary>
internal sealed record PeriodCreditGrant(string SourceKey, long Credits, bool AlreadyRecorded, string? PeriodSlot);
