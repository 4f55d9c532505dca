using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffRanks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "minor_removal_filed_at",
                schema: "accounts",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "minor_removal_filed_by",
                schema: "accounts",
                table: "users",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "credits",
                schema: "accounts",
                table: "staff_audit_log",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "minor_removal_filed_at",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "minor_removal_filed_by",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "credits",
                schema: "accounts",
                table: "staff_audit_log");
        }
    }
}
