using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountDeletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_account_deletions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    scheduled_for = table.Column<long>(type: "INTEGER", nullable: false),
                    erasure_started_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_account_deletions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_erasure_receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    scheduled_for = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    subscriptions_cancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    invoices_anonymised = table.Column<int>(type: "INTEGER", nullable: false),
                    generation_objects_removed = table.Column<int>(type: "INTEGER", nullable: false),
                    credit_entries_removed = table.Column<int>(type: "INTEGER", nullable: false),
                    request_log_entries_removed = table.Column<int>(type: "INTEGER", nullable: false),
                    privacy_records_removed = table.Column<int>(type: "INTEGER", nullable: false),
                    account_records_removed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_erasure_receipts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_account_deletions_scheduled_for",
                table: "privacy_account_deletions",
                column: "scheduled_for");

            migrationBuilder.CreateIndex(
                name: "ix_privacy_account_deletions_user_id",
                table: "privacy_account_deletions",
                column: "user_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_account_deletions");

            migrationBuilder.DropTable(
                name: "privacy_erasure_receipts");
        }
    }
}
