using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Studio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credits");

            migrationBuilder.EnsureSchema(
                name: "generations");

            migrationBuilder.CreateTable(
                name: "credit_accounts",
                schema: "credits",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    balance = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_accounts", x => x.user_id);
                    table.CheckConstraint("ck_credit_accounts_balance_non_negative", "balance >= 0");
                });

            migrationBuilder.CreateTable(
                name: "generations",
                schema: "generations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    model_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    model_version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    prompt = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    duration_seconds = table.Column<int>(type: "integer", nullable: true),
                    seed = table.Column<long>(type: "bigint", nullable: false),
                    source_image_id = table.Column<Guid>(type: "uuid", nullable: true),
                    credit_cost = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    provider_prediction_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "uploads",
                schema: "generations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_entries",
                schema: "credits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    source_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    generation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_entries_credit_accounts_user_id",
                        column: x => x.user_id,
                        principalSchema: "credits",
                        principalTable: "credit_accounts",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "generation_outputs",
                schema: "generations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    generation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    index = table.Column<int>(type: "integer", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generation_outputs", x => x.id);
                    table.ForeignKey(
                        name: "fk_generation_outputs_generations_generation_id",
                        column: x => x.generation_id,
                        principalSchema: "generations",
                        principalTable: "generations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credit_entries_user_id_id",
                schema: "credits",
                table: "credit_entries",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_credit_entries_source_key",
                schema: "credits",
                table: "credit_entries",
                column: "source_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_generation_outputs_generation_id_index",
                schema: "generations",
                table: "generation_outputs",
                columns: new[] { "generation_id", "index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_generations_provider_provider_prediction_id",
                schema: "generations",
                table: "generations",
                columns: new[] { "provider", "provider_prediction_id" });

            migrationBuilder.CreateIndex(
                name: "ix_generations_status",
                schema: "generations",
                table: "generations",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_generations_user_id_id",
                schema: "generations",
                table: "generations",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_generations_user_id_idempotency_key",
                schema: "generations",
                table: "generations",
                columns: new[] { "user_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_uploads_user_id_id",
                schema: "generations",
                table: "uploads",
                columns: new[] { "user_id", "id" });

            // The balance is derived from the ledger by the database itself: each new entry is added to it (the row
            // lock serialises concurrent entries of one account), and the check constraint on the account refuses
            // an entry that would take it below zero. Entries never change.
            migrationBuilder.Sql("""
                CREATE FUNCTION credits.apply_entry_to_balance() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE credits.credit_accounts SET balance = balance + NEW.amount WHERE user_id = NEW.user_id;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER apply_to_balance AFTER INSERT ON credits.credit_entries
                    FOR EACH ROW EXECUTE FUNCTION credits.apply_entry_to_balance();
                CREATE FUNCTION credits.refuse_entry_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'credit entries are append-only';
                END $$;
                CREATE TRIGGER append_only BEFORE UPDATE ON credits.credit_entries
                    FOR EACH ROW EXECUTE FUNCTION credits.refuse_entry_update();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS append_only ON credits.credit_entries;
                DROP TRIGGER IF EXISTS apply_to_balance ON credits.credit_entries;
                DROP FUNCTION IF EXISTS credits.refuse_entry_update();
                DROP FUNCTION IF EXISTS credits.apply_entry_to_balance();
                """);

            migrationBuilder.DropTable(
                name: "credit_entries",
                schema: "credits");

            migrationBuilder.DropTable(
                name: "generation_outputs",
                schema: "generations");

            migrationBuilder.DropTable(
                name: "uploads",
                schema: "generations");

            migrationBuilder.DropTable(
                name: "credit_accounts",
                schema: "credits");

            migrationBuilder.DropTable(
                name: "generations",
                schema: "generations");
        }
    }
}
