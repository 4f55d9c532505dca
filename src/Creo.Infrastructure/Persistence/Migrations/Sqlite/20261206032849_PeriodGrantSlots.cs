using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeriodGrantSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "period_slot",
                table: "billing_credit_purchases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_billing_credit_purchases_period_slot",
                table: "billing_credit_purchases",
                column: "period_slot",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_billing_credit_purchases_period_slot",
                table: "billing_credit_purchases");

            migrationBuilder.DropColumn(
                name: "period_slot",
                table: "billing_credit_purchases");
        }
    }
}
