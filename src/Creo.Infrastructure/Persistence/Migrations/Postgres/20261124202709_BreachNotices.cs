using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BreachNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "breaches",
                schema: "privacy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    discovered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    audience = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    categories = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    window_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    window_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_breaches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "breach_notifications",
                schema: "privacy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    breach_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dismissed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_breach_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_breach_notifications_breaches_breach_id",
                        column: x => x.breach_id,
                        principalSchema: "privacy",
                        principalTable: "breaches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_breach_notifications_breach_id_user_id",
                schema: "privacy",
                table: "breach_notifications",
                columns: new[] { "breach_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_breach_notifications_user_id",
                schema: "privacy",
                table: "breach_notifications",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "breach_notifications",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "breaches",
                schema: "privacy");
        }
    }
}
