using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PolicyChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "policy_change_notices",
                schema: "privacy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_version = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_change_notices", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_policy_change_notices_policy_version_user_id",
                schema: "privacy",
                table: "policy_change_notices",
                columns: new[] { "policy_version", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_policy_change_notices_user_id",
                schema: "privacy",
                table: "policy_change_notices",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_change_notices",
                schema: "privacy");
        }
    }
}
