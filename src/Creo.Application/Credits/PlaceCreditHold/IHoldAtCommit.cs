namespace Creo.Application.Credits.PlaceCreditHold;

/// <summary>
/// The hold written with the commit itself: handed to the command's unit of work and sent in the commit's own round
/// trip, so the account row the ledger trigger locks is held for the commit only, not for a round trip to the app and
/// back (one person's concurrent submissions queue on that lock; docs/performance.md). The database decides there:
/// the hold is placed only if the account exists, is not held for a disputed payment, has the credits and has no entry
/// under the hold's source key yet (the same hold twice holds once); a refusal fails the commit, and with it the whole
/// command, with the exception <c>refusal</c> gives for it.
/// </summary>
public interface IHoldAtCommit
{
    /// <summary>
    /// False where the database has no such statement (SQLite: its dates go through value converters a raw statement
    /// would bypass, and its single writer makes the read-then-insert path safe); the handler then reads and inserts.
    /// </summary>
    bool IsAvailable { get; }

    /// <summary>Hands <paramref name="hold"/> to the commit of the command in progress.</summary>
    void Place(CreditEntry hold, Func<HoldRefusal, Exception> refusal);
}

/// <summary>Why the database refused a hold.</summary>
public enum HoldRefusal
{
    NotEnoughCredits,
    Disputed,
}
