using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BreachNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_breaches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    discovered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    categories = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    window_from = table.Column<long>(type: "INTEGER", nullable: true),
                    window_to = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_breaches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_breach_notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    breach_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mailed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    dismissed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_breach_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_privacy_breach_notifications_privacy_breaches_breach_id",
                        column: x => x.breach_id,
                        principalTable: "privacy_breaches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_breach_notifications_breach_id_user_id",
                table: "privacy_breach_notifications",
                columns: new[] { "breach_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_privacy_breach_notifications_user_id",
                table: "privacy_breach_notifications",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_breach_notifications");

            migrationBuilder.DropTable(
                name: "privacy_breaches");
        }
    }
}
