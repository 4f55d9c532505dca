using Creo.Application.Billing.Payments;
using Stripe;

namespace Creo.Infrastructure.Tests.Billing;

/// <summary>Webhook deliveries: read only when signed with our secret within five minutes, and never parsed otherwise.</summary>
public sealed class StripeSignedEventTests : IAsyncLifetime
{
    private StripeGatewayHost host = null!;
    private string payload = null!;

    public async ValueTask InitializeAsync()
    {
        host = await StripeGatewayHost.StartAsync();
        var now = host.Clock.GetUtcNow();
        payload = host.StandIn.InvoicePaidEvent("in_1QcreoSigned", "cus_Q1", "sub_Q1", "price_creo_pro_monthly", 1500, now, now.AddMonths(1), eventId: "evt_1QcreoSigned");
    }

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void A_delivery_signed_with_our_secret_is_read_and_mapped()
    {
        var stripeEvent = host.Gateway.ReadSignedEvent(payload, host.StandIn.Sign(payload, timestamp: host.Clock.GetUtcNow()));

        Assert.NotNull(stripeEvent);
        Assert.Equal(("evt_1QcreoSigned", "invoice.paid"), (stripeEvent.Id, stripeEvent.Type));
        Assert.Equal("in_1QcreoSigned", Assert.IsType<InvoiceState>(stripeEvent.Data).InvoiceId);
    }

    [Fact]
    public void A_delivery_signed_four_minutes_ago_is_still_read()
    {
        var signature = host.StandIn.Sign(payload, timestamp: host.Clock.GetUtcNow());
        host.Clock.Advance(TimeSpan.FromMinutes(4));

        Assert.NotNull(host.Gateway.ReadSignedEvent(payload, signature));
    }

    [Fact]
    public void A_tampered_payload_is_refused()
    {
        var signature = host.StandIn.Sign(payload, timestamp: host.Clock.GetUtcNow());
        var tampered = payload.Replace("\"amount_paid\":1500", "\"amount_paid\":150000", StringComparison.Ordinal);

        Assert.NotEqual(payload, tampered);
        Assert.Null(host.Gateway.ReadSignedEvent(tampered, signature));
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_refused()
    {
        var signature = host.StandIn.Sign(payload, secret: "whsec_0ther0ther0ther0ther0ther0ther", timestamp: host.Clock.GetUtcNow());

        Assert.Null(host.Gateway.ReadSignedEvent(payload, signature));
    }

    [Fact]
    public void A_delivery_signed_six_minutes_ago_is_refused_as_a_possible_replay()
    {
        var signature = host.StandIn.Sign(payload, timestamp: host.Clock.GetUtcNow());
        host.Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(host.Gateway.ReadSignedEvent(payload, signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("v1=deadbeef")]
    [InlineData("t=notanumber,v1=deadbeef")]
    public void A_delivery_without_a_usable_signature_is_refused(string? signature) =>
        Assert.Null(host.Gateway.ReadSignedEvent(payload, signature));

    [Fact]
    public void A_signed_payload_that_is_not_JSON_is_refused_only_by_its_signature()
    {
        // Garbage with a wrong signature must be turned away before anything tries to parse it.
        Assert.Null(host.Gateway.ReadSignedEvent("{not json", host.StandIn.Sign(payload, timestamp: host.Clock.GetUtcNow())));
    }

    [Fact]
    public void An_event_from_another_API_version_is_read_as_far_as_it_goes()
    {
        var older = payload.Replace(StripeConfiguration.ApiVersion, "2025-03-31.basil", StringComparison.Ordinal);

        var stripeEvent = host.Gateway.ReadSignedEvent(older, host.StandIn.Sign(older, timestamp: host.Clock.GetUtcNow()));

        Assert.NotEqual(payload, older);
        Assert.IsType<InvoiceState>(stripeEvent?.Data);
    }
}
