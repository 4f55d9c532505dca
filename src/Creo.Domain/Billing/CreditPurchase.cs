namespace Creo.Domain.Billing;

/// <summary>
/// Credits bought with money: a paid subscription invoice or a completed pack checkout. Unique on its source, so
/// one payment grants once; kept so a later refund or dispute knows how many credits that money bought.
/// </summary>
public sealed class CreditPurchase
{
    private CreditPurchase()
    {
        SourceKey = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary><c>invoice:{id}</c> or <c>checkout:{id}</c>: the same key the credit ledger uses for the grant.</summary>
    public string SourceKey { get; private set; }

    public string? ProviderInvoiceId { get; private set; }

    public string? ProviderPaymentIntentId { get; private set; }

    public long Credits { get; private set; }

    public long AmountPaid { get; private set; }

    public string Currency { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// For a subscription period's credits: <c>{user}:{period end}:{n}</c>, the n-th grant of that period, unique. Two
    /// invoices of one period applied at the same moment both claim the same n, so one of them fails and is applied
    /// again after the other, seeing what it granted (see <c>SubscriptionPeriodCredits</c>). Null for packs.
    /// </summary>
    public string? PeriodSlot { get; private set; }

    public static CreditPurchase Record(
        Guid userId, string sourceKey, string? invoiceId, string? paymentIntentId, long credits, long amountPaid, string currency, DateTimeOffset now, string? periodSlot = null) => new()
    {
        PeriodSlot = periodSlot,
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        SourceKey = sourceKey,
        ProviderInvoiceId = invoiceId,
        ProviderPaymentIntentId = paymentIntentId,
        Credits = credits,
        AmountPaid = amountPaid,
        Currency = currency,
        CreatedAt = now,
    };

    /// <summary>The credits that <paramref name="amountReversed"/> of the money paid for, rounded up (a refund takes back what it paid for).</summary>
    public long CreditsFor(long amountReversed) =>
        AmountPaid <= 0 ? Credits : Math.Min(Credits, (long)Math.Ceiling(Credits * (double)Math.Min(amountReversed, AmountPaid) / AmountPaid));
}
