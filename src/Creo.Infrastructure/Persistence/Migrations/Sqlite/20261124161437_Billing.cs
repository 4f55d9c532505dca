using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Billing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "expires_at",
                table: "credits_credit_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "billing_credit_purchases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    provider_invoice_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    provider_payment_intent_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    credits = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_paid = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_credit_purchases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "billing_customers",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider_customer_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_customers", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "billing_invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    provider_invoice_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    amount_due = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_paid = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    period_start = table.Column<long>(type: "INTEGER", nullable: true),
                    period_end = table.Column<long>(type: "INTEGER", nullable: true),
                    hosted_invoice_url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    state_at = table.Column<long>(type: "INTEGER", nullable: false),
                    anonymised_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_invoices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "billing_payment_events",
                columns: table => new
                {
                    event_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    event_created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    applied_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_payment_events", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "billing_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider_subscription_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    plan_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    current_period_start = table.Column<long>(type: "INTEGER", nullable: true),
                    current_period_end = table.Column<long>(type: "INTEGER", nullable: true),
                    cancel_at_period_end = table.Column<bool>(type: "INTEGER", nullable: false),
                    state_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_subscriptions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credits_credit_entries_expires_at",
                table: "credits_credit_entries",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_billing_credit_purchases_provider_invoice_id",
                table: "billing_credit_purchases",
                column: "provider_invoice_id");

            migrationBuilder.CreateIndex(
                name: "ix_billing_credit_purchases_provider_payment_intent_id",
                table: "billing_credit_purchases",
                column: "provider_payment_intent_id");

            migrationBuilder.CreateIndex(
                name: "ix_billing_credit_purchases_source_key",
                table: "billing_credit_purchases",
                column: "source_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_billing_customers_provider_customer_id",
                table: "billing_customers",
                column: "provider_customer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_billing_invoices_provider_invoice_id",
                table: "billing_invoices",
                column: "provider_invoice_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_billing_invoices_user_id_created_at",
                table: "billing_invoices",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_billing_payment_events_event_created_at",
                table: "billing_payment_events",
                column: "event_created_at");

            migrationBuilder.CreateIndex(
                name: "ix_billing_subscriptions_provider_subscription_id",
                table: "billing_subscriptions",
                column: "provider_subscription_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_billing_subscriptions_user_id",
                table: "billing_subscriptions",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billing_credit_purchases");

            migrationBuilder.DropTable(
                name: "billing_customers");

            migrationBuilder.DropTable(
                name: "billing_invoices");

            migrationBuilder.DropTable(
                name: "billing_payment_events");

            migrationBuilder.DropTable(
                name: "billing_subscriptions");

            migrationBuilder.DropIndex(
                name: "ix_credits_credit_entries_expires_at",
                table: "credits_credit_entries");

            migrationBuilder.DropColumn(
                name: "expires_at",
                table: "credits_credit_entries");
        }
    }
}
