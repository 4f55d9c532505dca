using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountDeletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "account_deletions",
                schema: "privacy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    scheduled_for = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    erasure_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_deletions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "erasure_receipts",
                schema: "privacy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    scheduled_for = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subscriptions_cancelled = table.Column<int>(type: "integer", nullable: false),
                    invoices_anonymised = table.Column<int>(type: "integer", nullable: false),
                    generation_objects_removed = table.Column<int>(type: "integer", nullable: false),
                    credit_entries_removed = table.Column<int>(type: "integer", nullable: false),
                    request_log_entries_removed = table.Column<int>(type: "integer", nullable: false),
                    privacy_records_removed = table.Column<int>(type: "integer", nullable: false),
                    account_records_removed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erasure_receipts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_account_deletions_scheduled_for",
                schema: "privacy",
                table: "account_deletions",
                column: "scheduled_for");

            migrationBuilder.CreateIndex(
                name: "ix_account_deletions_user_id",
                schema: "privacy",
                table: "account_deletions",
                column: "user_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_deletions",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "erasure_receipts",
                schema: "privacy");
        }
    }
}
