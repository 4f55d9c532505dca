using System.Text.Json.Nodes;
using Creo.Application.Billing.Payments;
using Creo.Domain.Billing;

namespace Creo.Infrastructure.Tests.Billing;

/// <summary>Each Stripe event billing acts on, shaped as Stripe sends it for Stripe.net's API version, read into our records.</summary>
public sealed class StripeEventMappingTests : IAsyncLifetime
{
    private static readonly Guid UserId = Guid.Parse("0199b0a4-7c1e-7d3a-9f00-5e0c0ffee001");
    private static readonly DateTimeOffset Created = new(2026, 11, 24, 12, 0, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset PeriodStart = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PeriodEnd = new(2026, 12, 24, 12, 0, 0, TimeSpan.Zero);
    private StripeGatewayHost host = null!;

    private static Dictionary<string, string> OurMetadata(string reference) => new() { ["creo_user_id"] = UserId.ToString(), ["creo_reference"] = reference };

    public async ValueTask InitializeAsync() => host = await StripeGatewayHost.StartAsync();

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void A_paid_subscription_checkout_is_a_completed_checkout_for_our_person_and_plan()
    {
        var payload = host.StandIn.CheckoutCompletedEvent("cs_test_sub", "cus_Q1", "subscription", OurMetadata("pro"), UserId.ToString(), eventId: "evt_checkout", created: Created);

        var stripeEvent = host.Gateway.ReadEvent(payload);

        Assert.Equal(new PaymentEvent("evt_checkout", "checkout.session.completed", Created, stripeEvent.Data), stripeEvent);
        Assert.Equal(new CheckoutCompleted("cs_test_sub", "cus_Q1", UserId, Subscription: true, "pro", Paid: true, PaymentIntentId: null), stripeEvent.Data);
        Assert.Equal(TimeSpan.Zero, stripeEvent.Created.Offset);
    }

    [Fact]
    public void A_pack_checkout_still_awaiting_a_delayed_payment_is_completed_but_unpaid()
    {
        var payload = host.StandIn.CheckoutCompletedEvent("cs_test_pack", "cus_Q1", "payment", OurMetadata("pack-500"), UserId.ToString(), paymentStatus: "unpaid");

        var checkout = Assert.IsType<CheckoutCompleted>(host.Gateway.ReadEvent(payload).Data);

        Assert.False(checkout.Paid);
        Assert.False(checkout.Subscription);
        Assert.Equal("pack-500", checkout.Reference);
        Assert.StartsWith("pi_", checkout.PaymentIntentId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paid", true)]
    [InlineData("no_payment_required", true)]
    [InlineData("unpaid", false)]
    public void A_checkout_counts_as_paid_only_when_the_money_arrived_or_none_was_due(string paymentStatus, bool paid)
    {
        var payload = host.StandIn.CheckoutCompletedEvent("cs_test_status", "cus_Q1", "payment", OurMetadata("pack-500"), UserId.ToString(), paymentStatus);

        Assert.Equal(paid, Assert.IsType<CheckoutCompleted>(host.Gateway.ReadEvent(payload).Data).Paid);
    }

    [Fact]
    public void A_delayed_payment_that_succeeded_completes_the_checkout_as_paid()
    {
        var payload = host.StandIn.CheckoutCompletedEvent(
            "cs_test_sepa", "cus_Q1", "payment", OurMetadata("pack-500"), UserId.ToString(), eventType: "checkout.session.async_payment_succeeded");

        var stripeEvent = host.Gateway.ReadEvent(payload);

        Assert.Equal("checkout.session.async_payment_succeeded", stripeEvent.Type);
        Assert.True(Assert.IsType<CheckoutCompleted>(stripeEvent.Data).Paid);
    }

    [Fact]
    public void A_checkout_made_through_the_stand_in_completes_with_the_metadata_it_was_created_with()
    {
        var checkout = new Testing.StripeStandInCheckout(
            "cs_test_made", "cus_Q1", "subscription", "price_creo_pro_monthly", UserId.ToString(), OurMetadata("pro"), OurMetadata("pro"), new Uri("http://127.0.0.1/checkout/cs_test_made"));

        var completed = Assert.IsType<CheckoutCompleted>(host.Gateway.ReadEvent(host.StandIn.CheckoutCompletedEvent(checkout)).Data);

        Assert.Equal(("cs_test_made", UserId, "pro"), (completed.SessionId, completed.UserId, completed.Reference));
    }

    [Fact]
    public void A_checkout_without_our_metadata_falls_back_to_the_client_reference()
    {
        var payload = host.StandIn.CheckoutCompletedEvent("cs_test_bare", "cus_Q1", "payment", new Dictionary<string, string>(), UserId.ToString());

        var checkout = Assert.IsType<CheckoutCompleted>(host.Gateway.ReadEvent(payload).Data);

        Assert.Equal(UserId, checkout.UserId);
        Assert.Null(checkout.Reference);
    }

    [Fact]
    public void A_checkout_naming_nobody_we_know_has_no_user()
    {
        var payload = host.StandIn.CheckoutCompletedEvent("cs_test_foreign", "cus_Q1", "payment", new Dictionary<string, string> { ["creo_user_id"] = "not-a-guid" }, null);

        Assert.Null(Assert.IsType<CheckoutCompleted>(host.Gateway.ReadEvent(payload).Data).UserId);
    }

    [Fact]
    public void An_updated_subscription_reads_its_price_status_and_period_from_its_item()
    {
        var payload = host.StandIn.SubscriptionUpdatedEvent("sub_Q1", "cus_Q1", "price_creo_pro_monthly", "active", PeriodStart, PeriodEnd, Created, eventId: "evt_sub");

        var stripeEvent = host.Gateway.ReadEvent(payload);

        Assert.Equal(("evt_sub", "customer.subscription.updated", Created), (stripeEvent.Id, stripeEvent.Type, stripeEvent.Created));
        Assert.Equal(new SubscriptionState("sub_Q1", "cus_Q1", "price_creo_pro_monthly", SubscriptionStatus.Active, PeriodStart, PeriodEnd, CancelAtPeriodEnd: false), stripeEvent.Data);
    }

    [Fact]
    public void A_subscription_set_to_end_with_its_period_says_so()
    {
        var payload = host.StandIn.SubscriptionUpdatedEvent("sub_Q1", "cus_Q1", "price_creo_pro_monthly", "active", PeriodStart, PeriodEnd, Created, cancelAtPeriodEnd: true);

        Assert.True(Assert.IsType<SubscriptionState>(host.Gateway.ReadEvent(payload).Data).CancelAtPeriodEnd);
    }

    [Fact]
    public void A_cancellation_sent_as_cancel_at_the_period_end_also_ends_with_the_period()
    {
        var payload = Edit(
            host.StandIn.SubscriptionUpdatedEvent("sub_Q1", "cus_Q1", "price_creo_pro_monthly", "active", PeriodStart, PeriodEnd, Created),
            subscription => subscription["cancel_at"] = PeriodEnd.ToUnixTimeSeconds());

        Assert.True(Assert.IsType<SubscriptionState>(host.Gateway.ReadEvent(payload).Data).CancelAtPeriodEnd);
    }

    [Theory]
    [InlineData("customer.subscription.created", "incomplete", SubscriptionStatus.Incomplete)]
    [InlineData("customer.subscription.updated", "incomplete_expired", SubscriptionStatus.IncompleteExpired)]
    [InlineData("customer.subscription.updated", "trialing", SubscriptionStatus.Trialing)]
    [InlineData("customer.subscription.updated", "active", SubscriptionStatus.Active)]
    [InlineData("customer.subscription.updated", "past_due", SubscriptionStatus.PastDue)]
    [InlineData("customer.subscription.updated", "unpaid", SubscriptionStatus.Unpaid)]
    [InlineData("customer.subscription.updated", "paused", SubscriptionStatus.Paused)]
    [InlineData("customer.subscription.updated", "canceled", SubscriptionStatus.Canceled)]
    [InlineData("customer.subscription.deleted", "canceled", SubscriptionStatus.Canceled)]

    // Statuses Stripe has not taught us (or spells differently) grant nothing.
    [InlineData("customer.subscription.updated", "awaiting_a_review_stripe_added_later", SubscriptionStatus.Unknown)]
    [InlineData("customer.subscription.updated", "Active", SubscriptionStatus.Unknown)]
    [InlineData("customer.subscription.updated", "", SubscriptionStatus.Unknown)]
    public void Each_subscription_event_reads_the_subscription_state(string eventType, string status, SubscriptionStatus expected)
    {
        var payload = host.StandIn.SubscriptionUpdatedEvent("sub_Q1", "cus_Q1", "price_creo_pro_monthly", status, PeriodStart, PeriodEnd, Created, eventType);

        var state = Assert.IsType<SubscriptionState>(host.Gateway.ReadEvent(payload).Data);

        Assert.Equal((expected, "price_creo_pro_monthly", PeriodEnd), (state.Status, state.PriceId, state.CurrentPeriodEnd));
    }

    [Fact]
    public void A_deleted_subscription_is_canceled_whatever_its_object_last_said()
    {
        var payload = host.StandIn.SubscriptionUpdatedEvent(
            "sub_Q1", "cus_Q1", "price_creo_pro_monthly", "unpaid", PeriodStart, PeriodEnd, Created, "customer.subscription.deleted");

        Assert.Equal(SubscriptionStatus.Canceled, Assert.IsType<SubscriptionState>(host.Gateway.ReadEvent(payload).Data).Status);
    }

    [Fact]
    public void A_paid_invoice_reads_its_subscription_price_and_the_period_it_pays_for()
    {
        var payload = host.StandIn.InvoicePaidEvent("in_1Qcreo", "cus_Q1", "sub_Q1", "price_creo_pro_monthly", 1500, PeriodStart, PeriodEnd, eventId: "evt_invoice", created: Created);

        var stripeEvent = host.Gateway.ReadEvent(payload);

        Assert.Equal(("evt_invoice", "invoice.paid", Created), (stripeEvent.Id, stripeEvent.Type, stripeEvent.Created));
        var invoice = Assert.IsType<InvoiceState>(stripeEvent.Data);
        Assert.Equal(
            new InvoiceState(
                "in_1Qcreo", "cus_Q1", "sub_Q1", "price_creo_pro_monthly",
                new InvoiceFacts(invoice.Facts.Number, 1500, 1500, "eur", "paid", PeriodStart, PeriodEnd, "https://invoice.stripe.com/i/acct_1QcreoStandIn/test_in_1Qcreo"),
                "subscription_cycle"),
            invoice);
        Assert.StartsWith("CREO-", invoice.Facts.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invoice_without_lines_falls_back_to_its_own_period_and_still_names_its_subscription()
    {
        var payload = Edit(
            host.StandIn.InvoicePaidEvent("in_1Qcreo", "cus_Q1", "sub_Q1", "price_creo_pro_monthly", 1500, PeriodStart, PeriodEnd),
            invoice =>
            {
                invoice["lines"]!["data"] = new JsonArray();
                invoice["period_start"] = PeriodStart.ToUnixTimeSeconds();
                invoice["period_end"] = PeriodEnd.ToUnixTimeSeconds();
            });

        var invoice = Assert.IsType<InvoiceState>(host.Gateway.ReadEvent(payload).Data);

        Assert.Equal(("sub_Q1", (string?)null, PeriodStart, PeriodEnd), (invoice.SubscriptionId, invoice.PriceId, invoice.Facts.PeriodStart, invoice.Facts.PeriodEnd));
    }

    [Fact]
    public void After_a_plan_change_the_invoice_reads_the_new_plan_not_the_proration_credit()
    {
        var payload = Edit(
            host.StandIn.InvoicePaidEvent("in_1Qcreo", "cus_Q1", "sub_Q1", "price_creo_max_monthly", 3000, PeriodStart, PeriodEnd),
            invoice =>
            {
                var lines = invoice["lines"]!["data"]!.AsArray();
                var credit = lines[0]!.DeepClone();
                credit["amount"] = -700;
                credit["parent"]!["subscription_item_details"]!["proration"] = true;
                credit["pricing"]!["price_details"]!["price"] = "price_creo_pro_monthly";
                credit["period"]!["start"] = PeriodStart.AddDays(-10).ToUnixTimeSeconds();
                lines.Insert(0, credit);
            });

        var invoice = Assert.IsType<InvoiceState>(host.Gateway.ReadEvent(payload).Data);

        Assert.Equal(("price_creo_max_monthly", PeriodStart), (invoice.PriceId, invoice.Facts.PeriodStart));
    }

    [Fact]
    public void A_plan_changes_own_invoice_reads_its_billing_reason_and_the_new_plan_from_the_charge_not_the_credit()
    {
        var changedAt = PeriodStart.AddDays(10);
        var payload = host.StandIn.PlanChangeInvoicePaidEvent(
            "in_1Qcreo", "cus_Q1", "sub_Q1", "price_creo_pro_monthly", "price_creo_max_monthly", 1000, 2000, changedAt, PeriodEnd);

        var invoice = Assert.IsType<InvoiceState>(host.Gateway.ReadEvent(payload).Data);

        Assert.Equal(
            ("subscription_update", "price_creo_max_monthly", changedAt, PeriodEnd),
            (invoice.BillingReason, invoice.PriceId, invoice.Facts.PeriodStart, invoice.Facts.PeriodEnd));
    }

    [Theory]
    [InlineData("invoice.paid", "paid")]
    [InlineData("invoice.payment_succeeded", "paid")]
    [InlineData("invoice.finalized", "open")]
    [InlineData("invoice.updated", "open")]
    [InlineData("invoice.voided", "void")]
    [InlineData("invoice.marked_uncollectible", "uncollectible")]
    [InlineData("invoice.payment_failed", "open")]
    public void Each_invoice_event_reads_the_invoice_as_Stripe_keeps_it(string eventType, string status)
    {
        var payload = host.StandIn.InvoicePaidEvent("in_1Qcreo", "cus_Q1", "sub_Q1", "price_creo_pro_monthly", 1500, PeriodStart, PeriodEnd, eventType: eventType, status: status);

        var invoice = Assert.IsType<InvoiceState>(host.Gateway.ReadEvent(payload).Data);

        Assert.Equal((status, status == "paid" ? 1500L : 0L, "sub_Q1"), (invoice.Facts.Status, invoice.Facts.AmountPaid, invoice.SubscriptionId));
    }

    [Fact]
    public void A_refund_is_a_reversal_keyed_by_the_charge_and_the_refunded_total()
    {
        var first = host.StandIn.ChargeRefundedEvent("ch_Q1", "cus_Q1", "pi_Q1", amount: 2000, amountRefunded: 500);
        var second = host.StandIn.ChargeRefundedEvent("ch_Q1", "cus_Q1", "pi_Q1", amount: 2000, amountRefunded: 2000, previouslyRefunded: 500);

        var partial = Assert.IsType<PaymentReversed>(host.Gateway.ReadEvent(first).Data);
        var rest = Assert.IsType<PaymentReversed>(host.Gateway.ReadEvent(second).Data);

        Assert.Equal(new PaymentReversed("ch_Q1:500", "cus_Q1", InvoiceId: null, "pi_Q1", 2000, 500, RunningTotal: true), partial);
        Assert.Equal(new PaymentReversed("ch_Q1:2000", "cus_Q1", InvoiceId: null, "pi_Q1", 2000, 2000, RunningTotal: true), rest);
        Assert.Equal(partial, host.Gateway.ReadEvent(first).Data);
    }

    [Fact]
    public void A_dispute_is_a_reversal_of_the_disputed_amount()
    {
        var payload = host.StandIn.DisputeCreatedEvent("dp_Q1", "ch_Q1", "pi_Q1", 1500, eventId: "evt_dispute", created: Created);

        var stripeEvent = host.Gateway.ReadEvent(payload);

        Assert.Equal(("evt_dispute", "charge.dispute.created", Created), (stripeEvent.Id, stripeEvent.Type, stripeEvent.Created));
        Assert.Equal(new PaymentReversed("dp_Q1", CustomerId: null, InvoiceId: null, "pi_Q1", 1500, 1500, RunningTotal: false), stripeEvent.Data);
    }

    [Theory]
    [InlineData("customer.created", "customer")]
    [InlineData("checkout.session.expired", "checkout.session")]
    [InlineData("charge.succeeded", "charge")]
    [InlineData("v1.billing.meter.no_meter_found", "billing.meter_event_summary")]
    public void An_event_billing_does_not_act_on_is_read_without_data(string eventType, string objectType)
    {
        var payload = host.StandIn.CustomEvent(eventType, new JsonObject { ["id"] = "obj_Q1", ["object"] = objectType }, eventId: "evt_other", created: Created);

        Assert.Equal(new PaymentEvent("evt_other", eventType, Created, Data: null), host.Gateway.ReadEvent(payload));
    }

    /// <summary>The payload with its <c>data.object</c> changed, for shapes the builders do not offer.</summary>
    private static string Edit(string payload, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(payload)!.AsObject();
        change(root["data"]!["object"]!.AsObject());
        return root.ToJsonString();
    }
}
