namespace Creo.Domain.Credits;

/// <summary>
/// A person's credit account. Its balance is never written by code: a database trigger adds each new ledger
/// entry to it, and a check constraint refuses any entry that would take it below zero. Two concurrent holds
/// therefore cannot both spend the last credits, whatever the application reads beforehand.
/// </summary>
public sealed class CreditAccount
{
    private CreditAccount()
    {
    }

    public Guid UserId { get; private set; }

    public long Balance { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Set while a payment of the person's is disputed (a chargeback opened with their card's bank): no credits are
    /// spent or bought until support has reviewed the dispute and lifted the hold. Null otherwise.
    /// </summary>
    public DateTimeOffset? DisputeHoldSince { get; private set; }

    public static CreditAccount Open(Guid userId, DateTimeOffset now) => new() { UserId = userId, CreatedAt = now };

    /// <summary>Holds the account for a dispute; an account already on hold keeps its first date.</summary>
    public void HoldForDispute(DateTimeOffset now) => DisputeHoldSince ??= now;

    /// <summary>Lifts the dispute hold; false when there was none.</summary>
    public bool LiftDisputeHold()
    {
        if (DisputeHoldSince is null)
        {
            return false;
        }

        DisputeHoldSince = null;
        return true;
    }
}
