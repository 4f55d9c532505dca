using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HoldAtCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A generation's credit hold, sent in the same round trip as its transaction's COMMIT (HoldAtCommit), so a
            // refusal must be an error that stops the COMMIT: CR402 for too few credits, CR423 for an account held for
            // a disputed payment. The account row is locked first, as the ledger trigger will lock it: concurrent holds
            // of one account queue there and each sees the balance the one before it left (read committed re-reads
            // the row after the wait). Locking it before the entry's foreign-key check also keeps that check's share
            // lock from turning every queued hold into a multixact PostgreSQL must keep and look up.
            migrationBuilder.Sql("""
                CREATE FUNCTION credits.place_hold(
                    hold_id uuid, hold_user uuid, hold_kind text, hold_amount bigint, hold_reason text,
                    hold_key text, hold_generation uuid, hold_at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    account_balance bigint;
                    account_disputed boolean;
                BEGIN
                    SELECT balance, dispute_hold_since IS NOT NULL INTO account_balance, account_disputed
                        FROM credits.credit_accounts WHERE user_id = hold_user FOR NO KEY UPDATE;
                    IF EXISTS (SELECT 1 FROM credits.credit_entries WHERE source_key = hold_key) THEN
                        RETURN; -- placed already: the same hold twice holds once
                    END IF;
                    IF account_disputed THEN
                        RAISE EXCEPTION 'the account is held for a disputed payment' USING ERRCODE = 'CR423';
                    END IF;
                    IF account_balance IS NULL OR account_balance < -hold_amount THEN
                        RAISE EXCEPTION 'not enough credits for this hold' USING ERRCODE = 'CR402';
                    END IF;
                    INSERT INTO credits.credit_entries (id, user_id, kind, amount, reason, source_key, generation_id, expires_at, created_at)
                        VALUES (hold_id, hold_user, hold_kind, hold_amount, hold_reason, hold_key, hold_generation, NULL, hold_at)
                        ON CONFLICT (source_key) DO NOTHING;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS credits.place_hold(uuid, uuid, text, bigint, text, text, uuid, timestamptz);");
        }
    }
}
