using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentReversals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payment_reversals",
                schema: "billing",
                columns: table => new
                {
                    reversal_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    running_total = table.Column<bool>(type: "boolean", nullable: false),
                    credits_taken_back = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_reversals", x => x.reversal_id);
                    table.ForeignKey(
                        name: "fk_payment_reversals_credit_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalSchema: "billing",
                        principalTable: "credit_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_payment_reversals_purchase_id",
                schema: "billing",
                table: "payment_reversals",
                column: "purchase_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_reversals",
                schema: "billing");
        }
    }
}
