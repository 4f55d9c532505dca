using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PolicyChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_policy_change_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    policy_version = table.Column<int>(type: "INTEGER", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    notified_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_policy_change_notices", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_policy_change_notices_policy_version_user_id",
                table: "privacy_policy_change_notices",
                columns: new[] { "policy_version", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_privacy_policy_change_notices_user_id",
                table: "privacy_policy_change_notices",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_policy_change_notices");
        }
    }
}
