using Creo.Application.Billing.Payments;
using Creo.Domain.Billing;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Billing;

/// <summary>
/// Issue 14, item 9 on both databases: what a paid subscription invoice grants depends on why it was issued. Creator
/// gives 100 credits a period, Studio 500.
/// </summary>
public abstract class PlanChangeCreditsTests(DatabaseProvider provider) : BillingTestBase(provider)
{
    [Fact]
    public async Task An_upgrade_grants_the_difference_once_and_switching_back_and_forth_grants_nothing_more()
    {
        var (user, customer) = await CustomerAsync();
        var end = App.Clock.GetUtcNow().AddMonths(1);
        await DeliverAsync(Event(PaidInvoice(customer, "in_create", billingReason: "subscription_create")));

        await DeliverAsync(Event(PlanChange(customer, "in_up_1", StudioPrice, end)));
        Assert.Equal(500, await BalanceAsync(user));

        await DeliverAsync(Event(PlanChange(customer, "in_down_1", CreatorPrice, end)));
        await DeliverAsync(Event(PlanChange(customer, "in_up_2", StudioPrice, end)));
        await DeliverAsync(Event(PlanChange(customer, "in_down_2", CreatorPrice, end)));
        await DeliverAsync(Event(PlanChange(customer, "in_up_3", StudioPrice, end)));

        Assert.Equal(500, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.Equal([100L, 400L], await db.CreditPurchases.Where(p => p.UserId == user).OrderBy(p => p.CreatedAt).Select(p => p.Credits).ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_plan_change_that_arrives_before_the_periods_first_invoice_still_adds_up_to_the_higher_tier()
    {
        var (user, customer) = await CustomerAsync();
        var end = App.Clock.GetUtcNow().AddMonths(1);
        var creation = PaidInvoice(customer, "in_create", billingReason: "subscription_create");

        await DeliverAsync(Event(PlanChange(customer, "in_up", StudioPrice, end)));
        await DeliverAsync(Event(creation));

        Assert.Equal(500, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_downgrade_grants_nothing_and_the_next_renewal_grants_the_lower_tier()
    {
        var (user, customer) = await CustomerAsync();
        var end = App.Clock.GetUtcNow().AddMonths(1);
        await DeliverAsync(Event(PaidInvoice(customer, "in_create", StudioPrice, 4000, billingReason: "subscription_create")));

        await DeliverAsync(Event(PlanChange(customer, "in_down", CreatorPrice, end)));
        Assert.Equal(500, await BalanceAsync(user));

        App.Clock.Advance(TimeSpan.FromDays(31) + TimeSpan.FromHours(1));
        await DeliverAsync(Event(PaidInvoice(customer, "in_renewal")));
        Assert.Equal(100, await BalanceAsync(user));
    }

    [Theory]
    [InlineData("manual")]
    [InlineData("subscription_threshold")]
    [InlineData("subscription")]
    [InlineData(null)]
    public async Task An_invoice_that_neither_opens_nor_renews_a_period_grants_nothing_but_is_kept(string? billingReason)
    {
        var (user, customer) = await CustomerAsync();

        await DeliverAsync(Event(PaidInvoice(customer, "in_other", StudioPrice, 4000, billingReason: billingReason!)));

        Assert.Equal(0, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.Equal("paid", (await db.Invoices.SingleAsync(i => i.UserId == user, Cancel)).Status);
    }

    /// <summary>The invoice of a plan change to <paramref name="priceId"/> for the rest of the period ending at <paramref name="periodEnd"/>.</summary>
    private InvoiceState PlanChange(string customer, string invoiceId, string priceId, DateTimeOffset periodEnd)
    {
        App.Clock.Advance(TimeSpan.FromHours(1));
        var now = App.Clock.GetUtcNow();
        return new(invoiceId, customer, "sub_1", priceId, new InvoiceFacts("CREO-0002", 900, 900, "usd", "paid", now, periodEnd, $"https://invoice.example/{invoiceId}"), "subscription_update");
    }
}

public sealed class SqlitePlanChangeCreditsTests() : PlanChangeCreditsTests(DatabaseProvider.Sqlite);

public sealed class PostgresPlanChangeCreditsTests() : PlanChangeCreditsTests(DatabaseProvider.Postgres);
