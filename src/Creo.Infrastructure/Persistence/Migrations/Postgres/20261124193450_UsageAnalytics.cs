using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UsageAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_page_views",
                schema: "privacy",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    page = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    views = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_page_views", x => new { x.day, x.page });
                });

            migrationBuilder.CreateTable(
                name: "daily_usage",
                schema: "privacy",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    model_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tier = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    generations_succeeded = table.Column<int>(type: "integer", nullable: false),
                    generations_failed = table.Column<int>(type: "integer", nullable: false),
                    credits_spent = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_usage", x => new { x.day, x.model_id, x.tier });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_page_views",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "daily_usage",
                schema: "privacy");
        }
    }
}
