using System.Globalization;
using System.Text.Json.Nodes;
using Creo.Testing;

namespace Creo.Infrastructure.Tests.Billing;

/// <summary>Reconciliation's read of Stripe's event list: what happened after a time, oldest first, however many pages.</summary>
public sealed class StripeEventListingTests : IAsyncLifetime
{
    private StripeGatewayHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await StripeGatewayHost.StartAsync();

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Listing_events_since_a_time_returns_only_later_events_oldest_first_across_pages()
    {
        var since = DateTimeOffset.FromUnixTimeSeconds(host.Clock.GetUtcNow().ToUnixTimeSeconds() - 3_600);
        Refund("evt_before", since.AddMinutes(-5));
        Refund("evt_at_the_same_second", since);
        var later = Enumerable.Range(0, 230).Select(n => Refund($"evt_later_{n:000}", since.AddSeconds(1 + (n / 2)))).ToList();

        var payloads = await host.Gateway.ListEventsSinceAsync(since, Cancellation);

        Assert.Equal(later, payloads.Select(payload => JsonNode.Parse(payload)!["id"]!.GetValue<string>()));
        var requests = host.StandIn.Received;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, request => Assert.Equal(("GET", "/v1/events"), (request.Method, request.Path)));
        Assert.All(requests, request => Assert.Equal(since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), request.QueryParameters["created[gt]"]));
        Assert.False(requests[0].QueryParameters.ContainsKey("starting_after"));
        Assert.Equal("evt_later_130", requests[1].QueryParameters["starting_after"]);
        Assert.Equal("evt_later_030", requests[2].QueryParameters["starting_after"]);
    }

    [Fact]
    public async Task A_listed_event_comes_back_as_Stripe_sent_it_and_reads_like_a_webhook_delivery()
    {
        var payload = host.StandIn.InvoicePaidEvent(
            "in_1QcreoListed", "cus_Q1", "sub_Q1", "price_creo_pro_monthly", 1500, host.Clock.GetUtcNow(), host.Clock.GetUtcNow().AddMonths(1));

        var listed = Assert.Single(await host.Gateway.ListEventsSinceAsync(host.Clock.GetUtcNow().AddDays(-1), Cancellation));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(payload), JsonNode.Parse(listed)));
        Assert.Equal(host.Gateway.ReadEvent(payload), host.Gateway.ReadEvent(listed));
    }

    [Fact]
    public async Task Listing_with_nothing_new_returns_nothing()
    {
        Refund("evt_old", host.Clock.GetUtcNow().AddHours(-2));

        Assert.Empty(await host.Gateway.ListEventsSinceAsync(host.Clock.GetUtcNow().AddHours(-1), Cancellation));
    }

    private string Refund(string eventId, DateTimeOffset created)
    {
        host.StandIn.ChargeRefundedEvent("ch_" + eventId, "cus_Q1", "pi_" + eventId, 1500, 1500, eventId: eventId, created: created);
        return eventId;
    }
}
