using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UsageAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_daily_page_views",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    page = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    views = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_daily_page_views", x => new { x.day, x.page });
                });

            migrationBuilder.CreateTable(
                name: "privacy_daily_usage",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    model_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    generations_succeeded = table.Column<int>(type: "INTEGER", nullable: false),
                    generations_failed = table.Column<int>(type: "INTEGER", nullable: false),
                    credits_spent = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_daily_usage", x => new { x.day, x.model_id, x.tier });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_daily_page_views");

            migrationBuilder.DropTable(
                name: "privacy_daily_usage");
        }
    }
}
