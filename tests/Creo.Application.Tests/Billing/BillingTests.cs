using Creo.Application.Billing.ApplyPaymentEvent;
using Creo.Application.Billing.Contracts;
using Creo.Application.Billing.EraseBillingRecords;
using Creo.Application.Billing.GetBillingStatus;
using Creo.Application.Billing.GetTier;
using Creo.Application.Billing.Payments;
using Creo.Application.Billing.ReceivePaymentEvent;
using Creo.Application.Billing.ReconcilePayments;
using Creo.Application.Billing.ReplayPaymentEvent;
using Creo.Application.Common.Errors;
using Creo.Application.Common.Jobs;
using Creo.Application.Credits.CaptureCreditHold;
using Creo.Application.Credits.ExpireSubscriptionCredits;
using Creo.Application.Credits.GetCredits;
using Creo.Application.Credits.PlaceCreditHold;
using Creo.Domain.Credits;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Billing;

public abstract class BillingTests(DatabaseProvider provider) : BillingTestBase(provider)
{
    [Fact]
    public async Task A_paid_invoice_grants_its_periods_credits_once_even_under_a_new_event_id()
    {
        var (user, customer) = await CustomerAsync();
        var invoice = PaidInvoice(customer, "in_1");

        await DeliverAsync(Event(invoice, "evt_a"));
        await DeliverAsync(Event(invoice, "evt_a"));
        await DeliverAsync(Event(invoice, "evt_b"));

        Assert.Equal(100, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.Equal(2, await db.PaymentEvents.CountAsync(Cancel));
        Assert.Single(await db.Invoices.Where(i => i.UserId == user).ToListAsync(Cancel));
    }

    [Fact]
    public async Task Deliveries_of_one_event_arriving_together_record_it_once_and_none_of_them_fails()
    {
        var (user, customer) = await CustomerAsync();
        var payload = Gateway.Publish(Event(PaidInvoice(customer, "in_1"), "evt_together"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => App.SendAsync(new ReceivePaymentEventCommand(payload, ScriptedPaymentGateway.ValidSignature), Cancel)));

        Assert.Single(Jobs.EnqueuedOf<ApplyPaymentEventJob>());
        await RunApplyJobsAsync();
        Assert.Equal(100, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.Equal(1, await db.PaymentEvents.CountAsync(Cancel));
    }

    [Fact]
    public async Task One_invoice_applied_under_several_event_ids_at_once_grants_once_and_every_event_is_applied()
    {
        var (user, customer) = await CustomerAsync();
        var invoice = PaidInvoice(customer, "in_1");
        foreach (var n in Enumerable.Range(0, 6))
        {
            await App.SendAsync(new ReceivePaymentEventCommand(Gateway.Publish(Event(invoice, $"evt_{n}")), ScriptedPaymentGateway.ValidSignature), Cancel);
        }

        var jobs = Jobs.EnqueuedOf<ApplyPaymentEventJob>();
        Jobs.Enqueued.Clear();
        await Task.WhenAll(jobs.Select(job => RunJobAsync(job)));

        Assert.Equal(100, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.All(await db.PaymentEvents.ToListAsync(Cancel), e => Assert.Equal((null, true), (e.LastError, e.AppliedAt is not null)));
        Assert.Single(await db.Invoices.Where(i => i.UserId == user).ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_bad_signature_is_refused_and_writes_nothing()
    {
        var (user, customer) = await CustomerAsync();
        var payload = Gateway.Publish(Event(PaidInvoice(customer, "in_1")));

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => App.SendAsync(new ReceivePaymentEventCommand(payload, "t=1,v1=forged"), Cancel));

        Assert.Equal("webhook-signature-invalid", refusal.Code);
        await using var db = App.Database.CreateContext();
        Assert.False(await db.PaymentEvents.AnyAsync(Cancel));
        Assert.Empty(Jobs.Enqueued);
        Assert.Equal(0, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_paid_pack_checkout_grants_once_and_an_unpaid_one_grants_nothing()
    {
        var (user, customer) = await CustomerAsync();

        await DeliverAsync(Event(new CheckoutCompleted("cs_unpaid", customer, user, false, "pack-100", false, "pi_0")));
        var paid = new CheckoutCompleted("cs_1", customer, user, false, "pack-100", true, "pi_1");
        await DeliverAsync(Event(paid));
        await DeliverAsync(Event(paid));

        Assert.Equal(100, await BalanceAsync(user));
        var entries = (await App.SendAsync(new GetCreditsQuery(user, null, null), Cancel)).Entries;
        Assert.Equal("purchase", Assert.Single(entries).Kind);
    }

    [Fact]
    public async Task An_older_subscription_event_arriving_late_never_overwrites_the_newer_state()
    {
        var (user, customer) = await CustomerAsync();
        var now = App.Clock.GetUtcNow();

        await DeliverAsync(Event(Subscription(customer, StudioPrice, "active"), created: now));
        await DeliverAsync(Event(Subscription(customer, CreatorPrice, "active"), created: now.AddMinutes(-5)));

        var status = await App.SendAsync(new GetBillingStatusQuery(user), Cancel);
        Assert.Equal(("studio", "studio"), (status.Subscription!.PlanId, status.Tier));
    }

    [Fact]
    public async Task A_canceled_subscription_returns_the_person_to_the_free_tier()
    {
        var (user, customer) = await CustomerAsync();
        var now = App.Clock.GetUtcNow();
        await DeliverAsync(Event(Subscription(customer, CreatorPrice, "active"), created: now));
        Assert.Equal("creator", await App.SendAsync(new GetTierQuery(user), Cancel));

        await DeliverAsync(Event(Subscription(customer, CreatorPrice, "canceled"), created: now.AddMinutes(1)));

        Assert.Equal("free", await App.SendAsync(new GetTierQuery(user), Cancel));
    }

    [Fact]
    public async Task A_refund_after_partial_spend_takes_back_only_what_is_left()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(new CheckoutCompleted("cs_1", customer, user, false, "pack-100", true, "pi_1")));
        await App.SendAsync(new PlaceCreditHoldCommand(user, 70, "spent", null, "Held for a generation"), Cancel);
        await App.SendAsync(new CaptureCreditHoldCommand("spent"), Cancel);

        var refund = new PaymentReversed("ch_1:800", customer, null, "pi_1", 800, 800, RunningTotal: true);
        await DeliverAsync(Event(refund));
        await DeliverAsync(Event(refund));

        Assert.Equal(0, await BalanceAsync(user));
        var entries = (await App.SendAsync(new GetCreditsQuery(user, null, null), Cancel)).Entries;
        var takeBack = Assert.Single(entries, e => e.Kind == "adjustment");
        Assert.Equal(-30, takeBack.Amount);
    }

    [Fact]
    public async Task A_refunded_subscription_invoice_takes_back_what_is_left_of_its_credits()
    {
        var (user, customer) = await CustomerAsync();
        Gateway.InvoicePaymentIntents["in_1"] = "pi_sub_1";
        await DeliverAsync(Event(PaidInvoice(customer, "in_1")));
        await App.SendAsync(new PlaceCreditHoldCommand(user, 40, "spent", null, "Held for a generation"), Cancel);

        await DeliverAsync(Event(new PaymentReversed("ch_9:1000", customer, null, "pi_sub_1", 1000, 1000, RunningTotal: true)));

        Assert.Equal(0, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_partial_refund_takes_back_the_credits_its_share_of_the_money_bought()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(new CheckoutCompleted("cs_1", customer, user, false, "pack-100", true, "pi_1")));

        await DeliverAsync(Event(new PaymentReversed("ch_1:200", customer, null, "pi_1", 800, 200, RunningTotal: true)));
        Assert.Equal(75, await BalanceAsync(user));

        // A second refund on the charge reports the running total (600): only the further 400 takes more back.
        await DeliverAsync(Event(new PaymentReversed("ch_1:600", customer, null, "pi_1", 800, 600, RunningTotal: true)));
        Assert.Equal(25, await BalanceAsync(user));

        // A dispute holds back its own amount on top.
        await DeliverAsync(Event(new PaymentReversed("dp_1", customer, null, "pi_1", 800, 200, RunningTotal: false)));
        Assert.Equal(0, await BalanceAsync(user));
    }

    [Fact]
    public async Task What_is_left_of_a_periods_subscription_credits_lapses_when_the_period_ends_and_bought_credits_stay()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(PaidInvoice(customer, "in_1")));
        await DeliverAsync(Event(new CheckoutCompleted("cs_1", customer, user, false, "pack-100", true, "pi_1")));
        await App.SendAsync(new PlaceCreditHoldCommand(user, 30, "spent", null, "Held for a generation"), Cancel);
        await App.SendAsync(new CaptureCreditHoldCommand("spent"), Cancel);

        App.Clock.Advance(TimeSpan.FromDays(32));
        await RunJobAsync(new ExpireSubscriptionCreditsJob());
        await RunJobAsync(new ExpireSubscriptionCreditsJob());

        // 100 subscription + 100 bought − 30 spent (from the subscription credits first) − 70 lapsed.
        Assert.Equal(100, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.Equal(-70, await db.CreditEntries.Where(e => e.UserId == user && e.Kind == CreditEntryKind.Expiry).SumAsync(e => e.Amount, Cancel));
    }

    [Fact]
    public async Task A_renewal_lapses_the_last_periods_leftovers_before_granting_the_new_period()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(PaidInvoice(customer, "in_1")));
        App.Clock.Advance(TimeSpan.FromDays(31) + TimeSpan.FromHours(1));

        await DeliverAsync(Event(PaidInvoice(customer, "in_2")));

        Assert.Equal(100, await BalanceAsync(user));
    }

    [Fact]
    public async Task Reconciliation_applies_an_event_whose_webhook_never_came()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(PaidInvoice(customer, "in_1")));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Gateway.Publish(Event(new CheckoutCompleted("cs_missed", customer, user, false, "pack-100", true, "pi_2")));

        await RunJobAsync(new ReconcilePaymentsJob());
        await RunApplyJobsAsync();
        await RunJobAsync(new ReconcilePaymentsJob());
        await RunApplyJobsAsync();

        Assert.Equal(200, await BalanceAsync(user));
    }

    [Fact]
    public async Task Replaying_an_applied_event_grants_nothing_twice()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(PaidInvoice(customer, "in_1"), "evt_1"));

        await App.SendAsync(new ReplayPaymentEventCommand("evt_1"), Cancel);
        await RunApplyJobsAsync();

        Assert.Equal(100, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.NotNull((await db.PaymentEvents.SingleAsync(e => e.EventId == "evt_1", Cancel)).AppliedAt);
    }

    [Fact]
    public async Task An_event_for_a_stranger_fails_visibly_in_the_inbox_and_grants_nothing()
    {
        var payload = Gateway.Publish(Event(PaidInvoice("cus_unknown", "in_9"), "evt_9"));
        await App.SendAsync(new ReceivePaymentEventCommand(payload, ScriptedPaymentGateway.ValidSignature), Cancel);

        await Assert.ThrowsAsync<Creo.Domain.Common.DomainException>(RunApplyJobsAsync);

        await using var db = App.Database.CreateContext();
        var record = await db.PaymentEvents.SingleAsync(e => e.EventId == "evt_9", Cancel);
        Assert.Equal(("unknown-customer", null), (record.LastError, record.AppliedAt));
    }

    [Fact]
    public async Task Erasing_billing_records_keeps_invoices_for_tax_law_but_detached_from_the_person()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(PaidInvoice(customer, "in_1")));
        await DeliverAsync(Event(Subscription(customer, CreatorPrice, "active")));
        await DeliverAsync(Event(new CheckoutCompleted("cs_1", customer, user, false, "pack-100", true, "pi_1")));

        var erased = await App.SendAsync(new EraseBillingRecordsCommand(user), Cancel);
        var again = await App.SendAsync(new EraseBillingRecordsCommand(user), Cancel);

        Assert.Equal(new BillingErasureDto(SubscriptionsCancelled: 1, InvoicesAnonymised: 1), erased);
        Assert.Equal(new BillingErasureDto(0, 0), again);
        Assert.Equal(["sub_1"], Gateway.CanceledSubscriptions);
        Assert.Equal([customer], Gateway.DeletedCustomers);
        await using var db = App.Database.CreateContext();
        var invoice = await db.Invoices.SingleAsync(i => i.ProviderInvoiceId == "in_1", Cancel);
        Assert.Equal((null, null, 1000L, "CREO-0001"), (invoice.UserId, invoice.HostedInvoiceUrl, invoice.AmountPaid, invoice.Number));
        Assert.False(await db.BillingCustomers.AnyAsync(c => c.UserId == user, Cancel));
        Assert.False(await db.Subscriptions.AnyAsync(s => s.UserId == user, Cancel));
        Assert.False(await db.CreditPurchases.AnyAsync(p => p.UserId == user, Cancel));
    }

    private static SubscriptionState Subscription(string customer, string price, string status) =>
        new("sub_1", customer, price, Creo.Domain.Billing.SubscriptionStatusNames.Parse(status), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(30), false);

    private Task RunJobAsync<TJob>(TJob job)
        where TJob : IJob =>
        App.RunJobAsync(job, Cancel);
}

public sealed class SqliteBillingTests() : BillingTests(DatabaseProvider.Sqlite);

public sealed class PostgresBillingTests() : BillingTests(DatabaseProvider.Postgres);
