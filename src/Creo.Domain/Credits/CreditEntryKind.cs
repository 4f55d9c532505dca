namespace Creo.Domain.Credits;

/// <summary>Why the balance changed. Stored by name, so the ledger reads the same in the database and in an export.</summary>
public enum CreditEntryKind
{
    StarterGrant,
    Purchase,
    SubscriptionGrant,

    /// <summary>Credits set aside for a generation that is still running (a negative amount).</summary>
    Hold,

    /// <summary>The hold became a charge: the generation succeeded (amount 0, the hold already took the credits).</summary>
    Capture,

    /// <summary>The hold came back: the generation failed, was canceled or was never run.</summary>
    Release,

    /// <summary>A correction by support staff, with their reason.</summary>
    Adjustment,

    /// <summary>Granted credits whose period ended.</summary>
    Expiry,
}
