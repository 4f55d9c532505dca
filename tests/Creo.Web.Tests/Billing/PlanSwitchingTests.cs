using System.Net;
using System.Text.Json;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Billing;

/// <summary>
/// Issue 14, item 9: subscription credits farmed by plan switching. Only a new subscription's and a renewal's invoice
/// grant a period's credits; an upgrade mid-period grants the new tier's difference once, a downgrade nothing. Every
/// invoice arrives as a signed Stripe webhook through the stand-in.
/// </summary>
public abstract class PlanSwitchingTests<TApp>(TApp app)
    where TApp : BillingApp
{
    private const long CreatorCredits = 100;
    private const long StudioCredits = 600;

    [Fact]
    public async Task Switching_plans_back_and_forth_never_grants_more_than_the_highest_tier_for_the_period()
    {
        var (user, customer) = await CustomerAsync();
        var subscription = $"sub_{Guid.NewGuid():N}";
        var start = DateTimeOffset.UtcNow;
        var end = start.AddMonths(1);
        await app.DeliverAndWaitUntilAppliedAsync(
            app.Stripe.InvoicePaidEvent(NewInvoice(), customer, subscription, BillingApp.CreatorPrice, 1200, start, end, billingReason: "subscription_create"));
        Assert.Equal(StudioApp.StarterGrant + CreatorCredits, await BalanceAsync(user));

        // The upgrade is paid for (studio's rest of the month less creator's unused time): the difference, once.
        await app.DeliverAndWaitUntilAppliedAsync(Upgrade(customer, subscription, start.AddDays(1), end));
        Assert.Equal(StudioApp.StarterGrant + StudioCredits, await BalanceAsync(user));

        for (var round = 0; round < 3; round++)
        {
            await app.DeliverAndWaitUntilAppliedAsync(Downgrade(customer, subscription, start.AddDays(2 + round), end));
            await app.DeliverAndWaitUntilAppliedAsync(Upgrade(customer, subscription, start.AddDays(2 + round).AddHours(1), end));
        }

        Assert.Equal(StudioApp.StarterGrant + StudioCredits, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_downgrade_grants_nothing_and_the_next_renewal_grants_the_lower_tier_in_full()
    {
        var (user, customer) = await CustomerAsync();
        var subscription = $"sub_{Guid.NewGuid():N}";
        var start = DateTimeOffset.UtcNow;
        var end = start.AddMonths(1);
        await app.DeliverAndWaitUntilAppliedAsync(
            app.Stripe.InvoicePaidEvent(NewInvoice(), customer, subscription, BillingApp.StudioPrice, 4800, start, end, billingReason: "subscription_create"));

        await app.DeliverAndWaitUntilAppliedAsync(Downgrade(customer, subscription, start.AddDays(3), end));
        Assert.Equal(StudioApp.StarterGrant + StudioCredits, await BalanceAsync(user));

        await app.DeliverAndWaitUntilAppliedAsync(
            app.Stripe.InvoicePaidEvent(NewInvoice(), customer, subscription, BillingApp.CreatorPrice, 1200, end, end.AddMonths(1), billingReason: "subscription_cycle"));
        Assert.Equal(StudioApp.StarterGrant + StudioCredits + CreatorCredits, await BalanceAsync(user));
    }

    [Theory]
    [InlineData("manual")]
    [InlineData("subscription_threshold")]
    [InlineData("subscription")]
    public async Task A_paid_subscription_invoice_that_is_not_a_creation_or_renewal_grants_nothing(string billingReason)
    {
        var (user, customer) = await CustomerAsync();
        var start = DateTimeOffset.UtcNow;

        await app.DeliverAndWaitUntilAppliedAsync(
            app.Stripe.InvoicePaidEvent(NewInvoice(), customer, $"sub_{Guid.NewGuid():N}", BillingApp.StudioPrice, 4800, start, start.AddMonths(1), billingReason: billingReason));

        Assert.Equal(StudioApp.StarterGrant, await BalanceAsync(user));
        var invoices = await user.GetJsonAsync<JsonElement>("/api/billing/invoices");
        Assert.Equal("paid", Assert.Single(invoices.EnumerateArray()).GetProperty("status").GetString());
    }

    private string Upgrade(string customer, string subscription, DateTimeOffset at, DateTimeOffset end) =>
        app.Stripe.PlanChangeInvoicePaidEvent(NewInvoice(), customer, subscription, BillingApp.CreatorPrice, BillingApp.StudioPrice, 1100, 4400, at, end);

    private string Downgrade(string customer, string subscription, DateTimeOffset at, DateTimeOffset end) =>
        app.Stripe.PlanChangeInvoicePaidEvent(NewInvoice(), customer, subscription, BillingApp.StudioPrice, BillingApp.CreatorPrice, 4400, 1100, at, end);

    private static string NewInvoice() => $"in_{Guid.NewGuid():N}";

    private static async Task<long> BalanceAsync(SignedInUser user) =>
        (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64();

    /// <summary>A person with a Stripe customer, as their first checkout leaves them.</summary>
    private async Task<(SignedInUser User, string CustomerId)> CustomerAsync()
    {
        var user = await app.NewPersonAsync();
        using var response = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { planId = "creator" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (user, app.Stripe.LastCheckout!.CustomerId!);
    }
}

public sealed class PostgresPlanSwitchingTests(BillingApp app) : PlanSwitchingTests<BillingApp>(app), IClassFixture<BillingApp>;

public sealed class EmbeddedPlanSwitchingTests(EmbeddedBillingApp app) : PlanSwitchingTests<EmbeddedBillingApp>(app), IClassFixture<EmbeddedBillingApp>;
