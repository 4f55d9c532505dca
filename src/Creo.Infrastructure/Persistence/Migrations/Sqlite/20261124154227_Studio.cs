using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Studio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credits_credit_accounts",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    balance = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credits_credit_accounts", x => x.user_id);
                    table.CheckConstraint("ck_credit_accounts_balance_non_negative", "balance >= 0");
                });

            migrationBuilder.CreateTable(
                name: "generations_generations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    model_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    model_version = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    prompt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    duration_seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    seed = table.Column<long>(type: "INTEGER", nullable: false),
                    source_image_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_cost = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    request_fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    provider_prediction_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    claimed_until = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generations_generations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "generations_uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    storage_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generations_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credits_credit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    source_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    generation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credits_credit_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_credits_credit_entries_credits_credit_accounts_user_id",
                        column: x => x.user_id,
                        principalTable: "credits_credit_accounts",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "generations_generation_outputs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    generation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    index = table.Column<int>(type: "INTEGER", nullable: false),
                    storage_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generations_generation_outputs", x => x.id);
                    table.ForeignKey(
                        name: "fk_generations_generation_outputs_generations_generations_generation_id",
                        column: x => x.generation_id,
                        principalTable: "generations_generations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credits_credit_entries_user_id_id",
                table: "credits_credit_entries",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_credit_entries_source_key",
                table: "credits_credit_entries",
                column: "source_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_generations_generation_outputs_generation_id_index",
                table: "generations_generation_outputs",
                columns: new[] { "generation_id", "index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_generations_generations_provider_provider_prediction_id",
                table: "generations_generations",
                columns: new[] { "provider", "provider_prediction_id" });

            migrationBuilder.CreateIndex(
                name: "ix_generations_generations_status",
                table: "generations_generations",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_generations_generations_user_id_id",
                table: "generations_generations",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_generations_user_id_idempotency_key",
                table: "generations_generations",
                columns: new[] { "user_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_generations_uploads_user_id_id",
                table: "generations_uploads",
                columns: new[] { "user_id", "id" });

            // The balance is derived from the ledger by the database itself: each new entry is added to it, and the
            // check constraint on the account refuses an entry that would take it below zero. Entries never change.
            migrationBuilder.Sql("""
                CREATE TRIGGER credits_credit_entries_apply_to_balance AFTER INSERT ON credits_credit_entries
                BEGIN
                    UPDATE credits_credit_accounts SET balance = balance + NEW.amount WHERE user_id = NEW.user_id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER credits_credit_entries_append_only BEFORE UPDATE ON credits_credit_entries
                BEGIN
                    SELECT RAISE(ABORT, 'credit entries are append-only');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS credits_credit_entries_append_only;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS credits_credit_entries_apply_to_balance;");

            migrationBuilder.DropTable(
                name: "credits_credit_entries");

            migrationBuilder.DropTable(
                name: "generations_generation_outputs");

            migrationBuilder.DropTable(
                name: "generations_uploads");

            migrationBuilder.DropTable(
                name: "credits_credit_accounts");

            migrationBuilder.DropTable(
                name: "generations_generations");
        }
    }
}
