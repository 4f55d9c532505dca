using Creo.Application.Credits.PlaceCreditHold;
using Creo.Domain.Credits;
using Npgsql;

namespace Creo.Infrastructure.Persistence.Credits;

/// <summary>
/// The credits module's hold on PostgreSQL, sent with the commit (<see cref="StatementsWithCommit"/>) as one call of
/// <c>credits.place_hold</c> (migration HoldAtCommit): it locks the account row, places the hold unless one is already
/// placed under its source key, and raises CR402 (too few credits) or CR423 (a disputed payment) instead, which stops
/// the COMMIT. The ledger trigger then lowers the balance and the balance's check constraint still stands behind it.
/// </summary>
internal sealed class HoldAtCommit(CreoDbContext db) : IHoldAtCommit
{
    private const string NotEnoughCredits = "CR402";
    private const string Disputed = "CR423";

    public bool IsAvailable => db.Database.IsNpgsql();

    public void Place(CreditEntry hold, Func<HoldRefusal, Exception> refusal)
    {
        var call = StatementsWithCommit.Statement(
            "SELECT credits.place_hold($1, $2, $3, $4, $5, $6, $7, $8)",
            hold.Id, hold.UserId, hold.Kind.ToString(), hold.Amount, hold.Reason, hold.SourceKey,
            new NpgsqlParameter { Value = (object?)hold.GenerationId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
            hold.CreatedAt);
        db.WithCommit.Add(call, exception => exception.SqlState switch
        {
            NotEnoughCredits => refusal(HoldRefusal.NotEnoughCredits),
            Disputed => refusal(HoldRefusal.Disputed),
            // The check constraint behind the trigger: only a change of the function could let it fire, and it means the same.
            PostgresErrorCodes.CheckViolation when exception.ConstraintName == Application.Credits.CreditConstraints.NonNegativeBalance => refusal(HoldRefusal.NotEnoughCredits),
            _ => null,
        });
    }
}
