using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Stripe;

namespace Creo.Testing;

/// <summary>
/// Stripe's objects as its API returns them for Stripe.net's pinned version (<see cref="StripeConfiguration.ApiVersion"/>):
/// an invoice names its subscription under <c>parent.subscription_details</c> and its price under each line's
/// <c>pricing.price_details</c>; a subscription's period lives on its items; a charge knows its payment intent, not an invoice.
/// </summary>
internal static class StripeStandInJson
{
    public const string Currency = "eur";

    public static string NewId(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static long Unix(DateTimeOffset at) => at.ToUnixTimeSeconds();

    public static JsonObject Metadata(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in entries)
        {
            metadata[key] = value;
        }

        return metadata;
    }

    public static JsonObject Event(string id, string type, long created, JsonObject dataObject, JsonObject? previousAttributes) => new()
    {
        ["id"] = id,
        ["object"] = "event",
        ["api_version"] = StripeConfiguration.ApiVersion,
        ["created"] = created,
        ["data"] = previousAttributes is null
            ? new JsonObject { ["object"] = dataObject }
            : new JsonObject { ["object"] = dataObject, ["previous_attributes"] = previousAttributes },
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
    };

    public static JsonObject List(string url, IEnumerable<JsonNode> data, bool hasMore) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray([.. data]),
        ["has_more"] = hasMore,
        ["url"] = url,
    };

    public static JsonObject Error(string type, string message, string? code = null, string? param = null)
    {
        var error = new JsonObject();
        if (code is not null)
        {
            error["code"] = code;
            error["doc_url"] = $"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}";
        }

        error["message"] = message;
        if (param is not null)
        {
            error["param"] = param;
        }

        error["request_log_url"] = "https://dashboard.stripe.com/test/logs/" + NewId("req_");
        error["type"] = type;
        return new JsonObject { ["error"] = error };
    }

    public static JsonObject Customer(string id, IReadOnlyDictionary<string, string> form, long created) => new()
    {
        ["id"] = id,
        ["object"] = "customer",
        ["address"] = null,
        ["balance"] = 0,
        ["created"] = created,
        ["currency"] = null,
        ["default_source"] = null,
        ["delinquent"] = false,
        ["description"] = form.GetValueOrDefault("description"),
        ["discount"] = null,
        ["email"] = form.GetValueOrDefault("email"),
        ["invoice_prefix"] = id[4..12].ToUpperInvariant(),
        ["invoice_settings"] = new JsonObject { ["custom_fields"] = null, ["default_payment_method"] = null, ["footer"] = null, ["rendering_options"] = null },
        ["livemode"] = false,
        ["metadata"] = Metadata(Nested(form, "metadata")),
        ["name"] = form.GetValueOrDefault("name"),
        ["phone"] = form.GetValueOrDefault("phone"),
        ["preferred_locales"] = new JsonArray(),
        ["shipping"] = null,
        ["tax_exempt"] = "none",
        ["test_clock"] = null,
    };

    public static JsonObject CheckoutSession(
        string id,
        string mode,
        string? customerId,
        string? clientReferenceId,
        IEnumerable<KeyValuePair<string, string>> metadata,
        string? successUrl,
        string? cancelUrl,
        Uri? url,
        long created,
        string status = "open",
        string paymentStatus = "unpaid",
        long? amountTotal = null,
        string? subscriptionId = null,
        string? invoiceId = null,
        string? paymentIntentId = null) => new()
    {
        ["id"] = id,
        ["object"] = "checkout.session",
        ["adaptive_pricing"] = new JsonObject { ["enabled"] = false },
        ["after_expiration"] = null,
        ["allow_promotion_codes"] = null,
        ["amount_subtotal"] = amountTotal,
        ["amount_total"] = amountTotal,
        ["automatic_tax"] = new JsonObject { ["enabled"] = false, ["liability"] = null, ["provider"] = null, ["status"] = null },
        ["billing_address_collection"] = null,
        ["cancel_url"] = cancelUrl,
        ["client_reference_id"] = clientReferenceId,
        ["client_secret"] = null,
        ["collected_information"] = null,
        ["consent"] = null,
        ["consent_collection"] = null,
        ["created"] = created,
        ["currency"] = amountTotal is null ? null : Currency,
        ["custom_fields"] = new JsonArray(),
        ["custom_text"] = new JsonObject { ["after_submit"] = null, ["shipping_address"] = null, ["submit"] = null, ["terms_of_service_acceptance"] = null },
        ["customer"] = customerId,
        ["customer_creation"] = null,
        ["customer_details"] = status == "complete" ? new JsonObject { ["address"] = null, ["email"] = "ada@example.com", ["name"] = null, ["phone"] = null, ["tax_exempt"] = "none", ["tax_ids"] = new JsonArray() } : null,
        ["customer_email"] = null,
        ["discounts"] = new JsonArray(),
        ["expires_at"] = created + 86_400,
        ["invoice"] = invoiceId,
        ["invoice_creation"] = mode == "payment" ? new JsonObject { ["enabled"] = false, ["invoice_data"] = null } : null,
        ["livemode"] = false,
        ["locale"] = null,
        ["metadata"] = Metadata(metadata),
        ["mode"] = mode,
        ["origin_context"] = null,
        ["payment_intent"] = paymentIntentId,
        ["payment_link"] = null,
        ["payment_method_collection"] = mode == "subscription" ? "always" : null,
        ["payment_method_configuration_details"] = null,
        ["payment_method_options"] = new JsonObject { ["card"] = new JsonObject { ["request_three_d_secure"] = "automatic" } },
        ["payment_method_types"] = new JsonArray("card"),
        ["payment_status"] = paymentStatus,
        ["phone_number_collection"] = new JsonObject { ["enabled"] = false },
        ["recovered_from"] = null,
        ["saved_payment_method_options"] = null,
        ["setup_intent"] = null,
        ["shipping_address_collection"] = null,
        ["shipping_cost"] = null,
        ["shipping_options"] = new JsonArray(),
        ["status"] = status,
        ["submit_type"] = null,
        ["subscription"] = subscriptionId,
        ["success_url"] = successUrl,
        ["total_details"] = amountTotal is null ? null : new JsonObject { ["amount_discount"] = 0, ["amount_shipping"] = 0, ["amount_tax"] = 0 },
        ["ui_mode"] = "hosted",
        ["url"] = url?.ToString(),
        ["wallet_options"] = null,
    };

    public static JsonObject PortalSession(string id, string customerId, string? returnUrl, Uri url, long created) => new()
    {
        ["id"] = id,
        ["object"] = "billing_portal.session",
        ["configuration"] = "bpc_1QcreoStandInPortalConfig",
        ["created"] = created,
        ["customer"] = customerId,
        ["flow"] = null,
        ["livemode"] = false,
        ["locale"] = null,
        ["on_behalf_of"] = null,
        ["return_url"] = returnUrl,
        ["url"] = url.ToString(),
    };

    public static JsonObject Price(string id, long amount, long created) => new()
    {
        ["id"] = id,
        ["object"] = "price",
        ["active"] = true,
        ["billing_scheme"] = "per_unit",
        ["created"] = created,
        ["currency"] = Currency,
        ["custom_unit_amount"] = null,
        ["livemode"] = false,
        ["lookup_key"] = null,
        ["metadata"] = new JsonObject(),
        ["nickname"] = null,
        ["product"] = "prod_" + id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..],
        ["recurring"] = new JsonObject { ["interval"] = "month", ["interval_count"] = 1, ["meter"] = null, ["trial_period_days"] = null, ["usage_type"] = "licensed" },
        ["tax_behavior"] = "unspecified",
        ["tiers_mode"] = null,
        ["transform_quantity"] = null,
        ["type"] = "recurring",
        ["unit_amount"] = amount,
        ["unit_amount_decimal"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static JsonObject Subscription(
        string id,
        string customerId,
        string priceId,
        string status,
        long periodStart,
        long periodEnd,
        long created,
        bool cancelAtPeriodEnd,
        IEnumerable<KeyValuePair<string, string>> metadata,
        long amount) => new()
    {
        ["id"] = id,
        ["object"] = "subscription",
        ["application"] = null,
        ["application_fee_percent"] = null,
        ["automatic_tax"] = new JsonObject { ["disabled_reason"] = null, ["enabled"] = false, ["liability"] = null },
        ["billing_cycle_anchor"] = periodStart,
        ["billing_cycle_anchor_config"] = null,
        ["billing_mode"] = new JsonObject { ["flexible"] = null, ["type"] = "classic" },
        ["billing_thresholds"] = null,
        ["cancel_at"] = cancelAtPeriodEnd ? periodEnd : null,
        ["cancel_at_period_end"] = cancelAtPeriodEnd,
        ["canceled_at"] = status == "canceled" || cancelAtPeriodEnd ? created : null,
        ["cancellation_details"] = new JsonObject { ["comment"] = null, ["feedback"] = null, ["reason"] = status == "canceled" || cancelAtPeriodEnd ? "cancellation_requested" : null },
        ["collection_method"] = "charge_automatically",
        ["created"] = periodStart,
        ["currency"] = Currency,
        ["customer"] = customerId,
        ["days_until_due"] = null,
        ["default_payment_method"] = "pm_1QcreoStandInCard",
        ["default_source"] = null,
        ["default_tax_rates"] = new JsonArray(),
        ["description"] = null,
        ["discounts"] = new JsonArray(),
        ["ended_at"] = status == "canceled" ? created : null,
        ["invoice_settings"] = new JsonObject { ["account_tax_ids"] = null, ["issuer"] = new JsonObject { ["type"] = "self" } },
        ["items"] = List($"/v1/subscription_items?subscription={id}", [SubscriptionItem(id, priceId, periodStart, periodEnd, amount)], hasMore: false),
        ["latest_invoice"] = NewId("in_"),
        ["livemode"] = false,
        ["metadata"] = Metadata(metadata),
        ["next_pending_invoice_item_invoice"] = null,
        ["on_behalf_of"] = null,
        ["pause_collection"] = null,
        ["payment_settings"] = new JsonObject { ["payment_method_options"] = null, ["payment_method_types"] = null, ["save_default_payment_method"] = "off" },
        ["pending_invoice_item_interval"] = null,
        ["pending_setup_intent"] = null,
        ["pending_update"] = null,
        ["schedule"] = null,
        ["start_date"] = periodStart,
        ["status"] = status,
        ["test_clock"] = null,
        ["transfer_data"] = null,
        ["trial_end"] = null,
        ["trial_settings"] = new JsonObject { ["end_behavior"] = new JsonObject { ["missing_payment_method"] = "create_invoice" } },
        ["trial_start"] = null,
    };

    public static JsonObject Invoice(
        string id,
        string customerId,
        string subscriptionId,
        string priceId,
        long amount,
        long periodStart,
        long periodEnd,
        long created,
        string status,
        string billingReason = "subscription_cycle") => new()
    {
        ["id"] = id,
        ["object"] = "invoice",
        ["account_country"] = "DE",
        ["account_name"] = "Crëo",
        ["account_tax_ids"] = null,
        ["amount_due"] = amount,
        ["amount_overpaid"] = 0,
        ["amount_paid"] = status == "paid" ? amount : 0,
        ["amount_remaining"] = status == "paid" ? 0 : amount,
        ["amount_shipping"] = 0,
        ["application"] = null,
        ["attempt_count"] = 1,
        ["attempted"] = true,
        ["auto_advance"] = false,
        ["automatic_tax"] = new JsonObject { ["disabled_reason"] = null, ["enabled"] = false, ["liability"] = null, ["provider"] = null, ["status"] = null },
        ["automatically_finalizes_at"] = null,
        ["billing_reason"] = billingReason,
        ["collection_method"] = "charge_automatically",
        ["created"] = created,
        ["currency"] = Currency,
        ["custom_fields"] = null,
        ["customer"] = customerId,
        ["customer_address"] = null,
        ["customer_email"] = "ada@example.com",
        ["customer_name"] = "Ada Lovelace",
        ["customer_phone"] = null,
        ["customer_shipping"] = null,
        ["customer_tax_exempt"] = "none",
        ["customer_tax_ids"] = new JsonArray(),
        ["default_payment_method"] = null,
        ["default_source"] = null,
        ["default_tax_rates"] = new JsonArray(),
        ["description"] = null,
        ["discounts"] = new JsonArray(),
        ["due_date"] = null,
        ["effective_at"] = created,
        ["ending_balance"] = 0,
        ["footer"] = null,
        ["from_invoice"] = null,
        ["hosted_invoice_url"] = $"https://invoice.stripe.com/i/acct_1QcreoStandIn/test_{id}",
        ["invoice_pdf"] = $"https://pay.stripe.com/invoice/acct_1QcreoStandIn/test_{id}/pdf",
        ["issuer"] = new JsonObject { ["type"] = "self" },
        ["last_finalization_error"] = null,
        ["latest_revision"] = null,
        ["lines"] = List($"/v1/invoices/{id}/lines", [InvoiceLine(id, subscriptionId, priceId, amount, periodStart, periodEnd)], hasMore: false),
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["next_payment_attempt"] = null,
        ["number"] = $"CREO-{id[^6..].ToUpperInvariant()}",
        ["on_behalf_of"] = null,
        ["parent"] = new JsonObject
        {
            ["quote_details"] = null,
            ["subscription_details"] = new JsonObject { ["metadata"] = new JsonObject(), ["subscription"] = subscriptionId },
            ["type"] = "subscription_details",
        },
        ["payment_settings"] = new JsonObject { ["default_mandate"] = null, ["payment_method_options"] = null, ["payment_method_types"] = null },

        // A cycle invoice's own period is the span its pending items were gathered over: the period before the one it bills.
        ["period_end"] = periodStart,
        ["period_start"] = periodStart - (periodEnd - periodStart),
        ["post_payment_credit_notes_amount"] = 0,
        ["pre_payment_credit_notes_amount"] = 0,
        ["receipt_number"] = null,
        ["rendering"] = null,
        ["shipping_cost"] = null,
        ["shipping_details"] = null,
        ["starting_balance"] = 0,
        ["statement_descriptor"] = null,
        ["status"] = status,
        ["status_transitions"] = new JsonObject
        {
            ["finalized_at"] = created,
            ["marked_uncollectible_at"] = null,
            ["paid_at"] = status == "paid" ? created : null,
            ["voided_at"] = null,
        },
        ["subtotal"] = amount,
        ["subtotal_excluding_tax"] = amount,
        ["test_clock"] = null,
        ["total"] = amount,
        ["total_discount_amounts"] = new JsonArray(),
        ["total_excluding_tax"] = amount,
        ["total_pretax_credit_amounts"] = new JsonArray(),
        ["total_taxes"] = new JsonArray(),
        ["webhooks_delivered_at"] = created,
    };

    public static JsonObject Charge(string id, string customerId, string paymentIntentId, long amount, long amountRefunded, long created) => new()
    {
        ["id"] = id,
        ["object"] = "charge",
        ["amount"] = amount,
        ["amount_captured"] = amount,
        ["amount_refunded"] = amountRefunded,
        ["application"] = null,
        ["application_fee"] = null,
        ["application_fee_amount"] = null,
        ["balance_transaction"] = NewId("txn_"),
        ["billing_details"] = new JsonObject
        {
            ["address"] = new JsonObject { ["city"] = null, ["country"] = "DE", ["line1"] = null, ["line2"] = null, ["postal_code"] = null, ["state"] = null },
            ["email"] = "ada@example.com",
            ["name"] = "Ada Lovelace",
            ["phone"] = null,
            ["tax_id"] = null,
        },
        ["calculated_statement_descriptor"] = "CREO",
        ["captured"] = true,
        ["created"] = created,
        ["currency"] = Currency,
        ["customer"] = customerId,
        ["description"] = null,
        ["destination"] = null,
        ["dispute"] = null,
        ["disputed"] = false,
        ["failure_balance_transaction"] = null,
        ["failure_code"] = null,
        ["failure_message"] = null,
        ["fraud_details"] = new JsonObject(),
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["on_behalf_of"] = null,
        ["outcome"] = new JsonObject
        {
            ["advice_code"] = null,
            ["network_advice_code"] = null,
            ["network_decline_code"] = null,
            ["network_status"] = "approved_by_network",
            ["reason"] = null,
            ["risk_level"] = "normal",
            ["risk_score"] = 32,
            ["seller_message"] = "Payment complete.",
            ["type"] = "authorized",
        },
        ["paid"] = true,
        ["payment_intent"] = paymentIntentId,
        ["payment_method"] = "pm_1QcreoStandInCard",
        ["payment_method_details"] = new JsonObject
        {
            ["card"] = new JsonObject { ["brand"] = "visa", ["country"] = "US", ["exp_month"] = 12, ["exp_year"] = 2034, ["funding"] = "credit", ["last4"] = "4242", ["network"] = "visa" },
            ["type"] = "card",
        },
        ["radar_options"] = new JsonObject(),
        ["receipt_email"] = null,
        ["receipt_number"] = null,
        ["receipt_url"] = $"https://pay.stripe.com/receipts/payment/test_{id}",
        ["refunded"] = amountRefunded >= amount,
        ["review"] = null,
        ["shipping"] = null,
        ["source"] = null,
        ["source_transfer"] = null,
        ["statement_descriptor"] = null,
        ["statement_descriptor_suffix"] = null,
        ["status"] = "succeeded",
        ["transfer_data"] = null,
        ["transfer_group"] = null,
    };

    public static JsonObject Dispute(string id, string chargeId, string paymentIntentId, long amount, long created) => new()
    {
        ["id"] = id,
        ["object"] = "dispute",
        ["amount"] = amount,
        ["balance_transactions"] = new JsonArray(),
        ["charge"] = chargeId,
        ["created"] = created,
        ["currency"] = Currency,
        ["enhanced_eligibility_types"] = new JsonArray(),
        ["evidence"] = new JsonObject { ["customer_email_address"] = null, ["customer_name"] = null, ["product_description"] = null, ["uncategorized_text"] = null },
        ["evidence_details"] = new JsonObject
        {
            ["due_by"] = created + (21 * 86_400),
            ["enhanced_eligibility"] = new JsonObject(),
            ["has_evidence"] = false,
            ["past_due"] = false,
            ["submission_count"] = 0,
        },
        ["is_charge_refundable"] = false,
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["network_reason_code"] = "10.4",
        ["payment_intent"] = paymentIntentId,
        ["payment_method_details"] = new JsonObject
        {
            ["card"] = new JsonObject { ["brand"] = "visa", ["case_type"] = "chargeback", ["network_reason_code"] = "10.4" },
            ["type"] = "card",
        },
        ["reason"] = "fraudulent",
        ["status"] = "needs_response",
    };

    /// <summary>The entries of a form's <c>{prefix}[key]</c> parameters, such as <c>metadata[creo_user_id]</c>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Nested(IReadOnlyDictionary<string, string> form, string prefix) =>
        form.Where(pair => pair.Key.StartsWith(prefix + "[", StringComparison.Ordinal) && pair.Key.EndsWith(']') && pair.Key.IndexOf('[', prefix.Length + 1) < 0)
            .Select(pair => KeyValuePair.Create(pair.Key[(prefix.Length + 1)..^1], pair.Value));

    private static JsonObject SubscriptionItem(string subscriptionId, string priceId, long periodStart, long periodEnd, long amount) => new()
    {
        ["id"] = NewId("si_"),
        ["object"] = "subscription_item",
        ["billing_thresholds"] = null,
        ["created"] = periodStart,
        ["current_period_end"] = periodEnd,
        ["current_period_start"] = periodStart,
        ["discounts"] = new JsonArray(),
        ["metadata"] = new JsonObject(),
        ["price"] = Price(priceId, amount, periodStart),
        ["quantity"] = 1,
        ["subscription"] = subscriptionId,
        ["tax_rates"] = new JsonArray(),
    };

    /// <summary>One line of a subscription invoice; a proration line is the credit or charge for part of a period after a plan change.</summary>
    public static JsonObject InvoiceLine(string invoiceId, string subscriptionId, string priceId, long amount, long periodStart, long periodEnd, bool proration = false) => new()
    {
        ["id"] = NewId("il_"),
        ["object"] = "line_item",
        ["amount"] = amount,
        ["currency"] = Currency,
        ["description"] = "1 × Crëo (at €" + (amount / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " / month)",
        ["discount_amounts"] = new JsonArray(),
        ["discountable"] = true,
        ["discounts"] = new JsonArray(),
        ["invoice"] = invoiceId,
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["parent"] = new JsonObject
        {
            ["invoice_item_details"] = null,
            ["subscription_item_details"] = new JsonObject
            {
                ["invoice_item"] = null,
                ["proration"] = proration,
                ["proration_details"] = new JsonObject { ["credited_items"] = null },
                ["subscription"] = subscriptionId,
                ["subscription_item"] = NewId("si_"),
            },
            ["type"] = "subscription_item_details",
        },
        ["period"] = new JsonObject { ["end"] = periodEnd, ["start"] = periodStart },
        ["pretax_credit_amounts"] = new JsonArray(),
        ["pricing"] = new JsonObject
        {
            ["price_details"] = new JsonObject { ["price"] = priceId, ["product"] = "prod_" + priceId[(priceId.IndexOf('_', StringComparison.Ordinal) + 1)..] },
            ["type"] = "price_details",
            ["unit_amount_decimal"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        ["quantity"] = 1,
        ["taxes"] = new JsonArray(),
    };
}
