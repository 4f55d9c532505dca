namespace Creo.Application.Credits.PlaceCreditHold;

/// <summary>
/// The hold as one statement: an insert that happens only if the account exists, is not held for a disputed payment,
/// has the credits and has no entry under the hold's source key yet. One round trip instead of a read and a write; the
/// balance constraint (and the ledger trigger behind it) still decides the races the condition cannot see.
/// </summary>
public interface IConditionalHoldInsert
{
    /// <summary>
    /// False where the database has no such statement (SQLite: its dates go through value converters a raw statement
    /// would bypass, and its single writer makes the read-then-insert path safe); the handler then reads and inserts.
    /// </summary>
    bool IsAvailable { get; }

    /// <summary>Inserts <paramref name="hold"/> when the conditions above hold; returns whether it did.</summary>
    Task<bool> TryInsertAsync(CreditEntry hold, CancellationToken cancellationToken);
}
