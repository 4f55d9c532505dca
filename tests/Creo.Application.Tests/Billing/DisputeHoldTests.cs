using Creo.Application.Billing.Payments;
using Creo.Application.Billing.StartCheckout;
using Creo.Application.Common.Errors;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Application.Credits.LiftCreditDisputeHold;
using Creo.Application.Credits.PlaceCreditHold;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Billing;

/// <summary>
/// Issue 14, item 10 on both databases: a disputed payment holds the account's credits — nothing spent, nothing
/// bought — until support lifts the hold; the same dispute again does not hold it a second time.
/// </summary>
public abstract class DisputeHoldTests(DatabaseProvider provider) : BillingTestBase(provider)
{
    [Fact]
    public async Task A_dispute_refuses_every_hold_and_checkout_until_it_is_lifted_and_a_redelivery_does_not_hold_again()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(new CheckoutCompleted("cs_1", customer, user, false, "pack-100", true, "pi_1")));
        await App.SendAsync(new PlaceCreditHoldCommand(user, 10, "spent", null, "Held for a generation"), Cancel);

        // Half the payment disputed: half the credits go back, and the account is held whatever is left.
        var dispute = new PaymentReversed("dp_1", null, null, "pi_1", 800, 400, RunningTotal: false);

        await DeliverAsync(Event(dispute, "evt_dispute"));
        Assert.Equal(40, await BalanceAsync(user));

        var refused = await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(new PlaceCreditHoldCommand(user, 1, "more", null, "Held for a generation"), Cancel));
        Assert.Equal(DisputeHolds.ProblemCode, refused.Code);
        var checkout = await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(new StartCheckoutCommand(user, null, "pack-100", new Uri("https://creo.test")), Cancel));
        Assert.Equal(DisputeHolds.ProblemCode, checkout.Code);
        await using (var db = App.Database.CreateContext())
        {
            Assert.False(await db.CreditEntries.AnyAsync(e => e.SourceKey.Contains("more"), Cancel));
        }

        Assert.True(await App.SendAsync(new LiftCreditDisputeHoldCommand(user), Cancel));
        Assert.False(await App.SendAsync(new LiftCreditDisputeHoldCommand(user), Cancel));
        await DeliverAsync(Event(dispute, "evt_dispute_again"));

        Assert.Null(await App.SendAsync(new GetDisputeHoldQuery(user), Cancel));
        await App.SendAsync(new PlaceCreditHoldCommand(user, 1, "more", null, "Held for a generation"), Cancel);
    }

    [Fact]
    public async Task A_dispute_that_matches_no_purchase_still_holds_the_customer_it_names()
    {
        var (user, customer) = await CustomerAsync();

        await DeliverAsync(Event(new PaymentReversed("dp_2", customer, null, "pi_unknown", 800, 800, RunningTotal: false)));

        Assert.NotNull(await App.SendAsync(new GetDisputeHoldQuery(user), Cancel));
    }

    [Fact]
    public async Task A_refund_takes_credits_back_but_holds_nothing()
    {
        var (user, customer) = await CustomerAsync();
        await DeliverAsync(Event(new CheckoutCompleted("cs_1", customer, user, false, "pack-100", true, "pi_1")));

        await DeliverAsync(Event(new PaymentReversed("ch_1:800", customer, null, "pi_1", 800, 800, RunningTotal: true)));

        Assert.Null(await App.SendAsync(new GetDisputeHoldQuery(user), Cancel));
    }
}

public sealed class SqliteDisputeHoldTests() : DisputeHoldTests(DatabaseProvider.Sqlite);

public sealed class PostgresDisputeHoldTests() : DisputeHoldTests(DatabaseProvider.Postgres);
