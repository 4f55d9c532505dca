using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_exports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    object_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_exports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_exports_status_expires_at",
                table: "privacy_exports",
                columns: new[] { "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_exports_user_id_id",
                table: "privacy_exports",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_exports_user_id_pending",
                table: "privacy_exports",
                column: "user_id",
                unique: true,
                filter: "status IN ('Queued', 'Building')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_exports");
        }
    }
}
