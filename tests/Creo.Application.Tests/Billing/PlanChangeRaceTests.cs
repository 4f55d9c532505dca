using Creo.Application.Billing.ApplyPaymentEvent;
using Creo.Application.Billing.Payments;
using Creo.Application.Billing.ReceivePaymentEvent;
using Creo.Infrastructure.Common;

namespace Creo.Application.Tests.Billing;

/// <summary>
/// Issue 14, item 9: a period's first invoice and an upgrade applied by two workers at the same moment (subscribe, then
/// upgrade at once) must still add up to the higher tier. PostgreSQL only: SQLite runs one writing transaction at a time.
/// </summary>
public sealed class PostgresPlanChangeRaceTests() : BillingTestBase(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task A_periods_first_invoice_and_an_upgrade_applied_at_the_same_moment_still_add_up_to_the_higher_tier()
    {
        var (user, customer) = await CustomerAsync();
        var creation = PaidInvoice(customer, "in_create", billingReason: "subscription_create");
        var upgrade = creation with { InvoiceId = "in_up", PriceId = StudioPrice, BillingReason = "subscription_update", Facts = creation.Facts with { PeriodStart = App.Clock.GetUtcNow().AddHours(1) } };
        await App.SendAsync(new ReceivePaymentEventCommand(Gateway.Publish(Event(creation, "evt_create")), ScriptedPaymentGateway.ValidSignature), Cancel);
        await App.SendAsync(new ReceivePaymentEventCommand(Gateway.Publish(Event(upgrade, "evt_up")), ScriptedPaymentGateway.ValidSignature), Cancel);
        var jobs = Jobs.EnqueuedOf<ApplyPaymentEventJob>();
        Jobs.Enqueued.Clear();

        // Both workers have read what the period granted so far (nothing) before either writes its grant.
        Gateway.MeetAtNextInvoicePaymentLookups(2);
        await Task.WhenAll(jobs.Select(job => App.RunJobAsync(job, Cancel)));

        Assert.Equal(500, await BalanceAsync(user));
    }
}
