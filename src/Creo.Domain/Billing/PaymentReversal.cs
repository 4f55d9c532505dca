namespace Creo.Domain.Billing;

/// <summary>
/// One refund or dispute of a credit purchase, recorded once (its id is the key). Refunds report the charge's
/// running total and disputes their own amount, so the money reversed for a purchase is the largest refund total
/// plus every dispute — and each reversal takes back only the credits that total adds.
/// </summary>
public sealed class PaymentReversal
{
    private PaymentReversal()
    {
        ReversalId = string.Empty;
    }

    public string ReversalId { get; private set; }

    public Guid PurchaseId { get; private set; }

    public long Amount { get; private set; }

    public bool RunningTotal { get; private set; }

    public long CreditsTakenBack { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Records a reversal of <paramref name="purchase"/> after <paramref name="earlier"/> ones, working out the credits it adds.</summary>
    public static PaymentReversal Record(CreditPurchase purchase, IReadOnlyCollection<PaymentReversal> earlier, string reversalId, long amount, bool runningTotal, DateTimeOffset now)
    {
        var all = earlier.Append(new PaymentReversal { Amount = amount, RunningTotal = runningTotal }).ToList();
        var refunded = all.Where(r => r.RunningTotal).Select(r => r.Amount).DefaultIfEmpty(0).Max();
        var disputed = all.Where(r => !r.RunningTotal).Sum(r => r.Amount);
        var owed = purchase.CreditsFor(refunded + disputed) - earlier.Sum(r => r.CreditsTakenBack);
        return new PaymentReversal
        {
            ReversalId = reversalId,
            PurchaseId = purchase.Id,
            Amount = amount,
            RunningTotal = runningTotal,
            CreditsTakenBack = Math.Max(0, owed),
            CreatedAt = now,
        };
    }
}
