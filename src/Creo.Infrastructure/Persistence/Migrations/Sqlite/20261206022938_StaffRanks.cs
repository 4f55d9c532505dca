using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffRanks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "minor_removal_filed_at",
                table: "accounts_users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "minor_removal_filed_by",
                table: "accounts_users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "credits",
                table: "accounts_staff_audit_log",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "minor_removal_filed_at",
                table: "accounts_users");

            migrationBuilder.DropColumn(
                name: "minor_removal_filed_by",
                table: "accounts_users");

            migrationBuilder.DropColumn(
                name: "credits",
                table: "accounts_staff_audit_log");
        }
    }
}
