using Creo.Application.Credits.PlaceCreditHold;
using Creo.Domain.Credits;

namespace Creo.Infrastructure.Persistence.Credits;

/// <summary>
/// The credits module's one-statement hold on PostgreSQL: <c>INSERT … SELECT</c> from the account row, so the row is
/// written only if the account has the credits and no dispute hold, and <c>ON CONFLICT DO NOTHING</c> on the source key,
/// so the same hold twice holds once. The ledger trigger then lowers the balance, and the balance's check constraint
/// still refuses what two concurrent holds together could not pay (read committed: the condition sees the balance as it
/// was, the trigger's update waits for the other transaction and re-checks). Sent in the command's transaction.
/// </summary>
internal sealed class ConditionalHoldInsert(CreoDbContext db) : IConditionalHoldInsert
{
    public bool IsAvailable => db.Database.IsNpgsql();

    public async Task<bool> TryInsertAsync(CreditEntry hold, CancellationToken cancellationToken)
    {
        var kind = hold.Kind.ToString();
        var needed = -hold.Amount;
        // The casts: in INSERT … SELECT a parameter's type is not taken from the column, and a null one would be text.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO credits.credit_entries (id, user_id, kind, amount, reason, source_key, generation_id, expires_at, created_at)
            SELECT {hold.Id}::uuid, {hold.UserId}::uuid, {kind}::text, {hold.Amount}::bigint, {hold.Reason}::text, {hold.SourceKey}::text,
                {hold.GenerationId}::uuid, NULL, {hold.CreatedAt}::timestamptz
            FROM credits.credit_accounts
            WHERE user_id = {hold.UserId}::uuid AND balance >= {needed}::bigint AND dispute_hold_since IS NULL
            ON CONFLICT (source_key) DO NOTHING
            """,
            cancellationToken);
        return inserted == 1;
    }
}
