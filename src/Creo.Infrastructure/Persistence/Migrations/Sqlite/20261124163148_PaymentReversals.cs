using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentReversals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "billing_payment_reversals",
                columns: table => new
                {
                    reversal_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    purchase_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    running_total = table.Column<bool>(type: "INTEGER", nullable: false),
                    credits_taken_back = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_payment_reversals", x => x.reversal_id);
                    table.ForeignKey(
                        name: "fk_billing_payment_reversals_billing_credit_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalTable: "billing_credit_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_billing_payment_reversals_purchase_id",
                table: "billing_payment_reversals",
                column: "purchase_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billing_payment_reversals");
        }
    }
}
