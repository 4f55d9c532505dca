using System.Globalization;
using Creo.Infrastructure.Generations.Fal;
using Creo.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>The verifier a receiver uses, against deliveries the stand-in signs with its own keys from its own JWKS.</summary>
public sealed class FalWebhookVerifierTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rotated_key_is_fetched_once_and_an_unpublished_one_is_refused_without_hammering_the_jwks()
    {
        await using var standIn = await FalStandIn.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var container = Container(standIn, clock);
        var verifier = container.GetRequiredService<FalWebhookVerifier>();

        Assert.True(await VerifyAsync(standIn, verifier, clock));
        Assert.Equal(1, standIn.JwksFetches);

        // A key fal rotated in is not fetched within a minute of the last fetch (fal retries its deliveries), then it is.
        standIn.RotateKey(publish: true);
        Assert.False(await VerifyAsync(standIn, verifier, clock));
        Assert.Equal(1, standIn.JwksFetches);
        clock.Advance(FalWebhookKeys.MinRefetchInterval + TimeSpan.FromSeconds(1));
        Assert.True(await VerifyAsync(standIn, verifier, clock));
        Assert.Equal(2, standIn.JwksFetches);

        standIn.RotateKey(publish: false);
        Assert.False(await VerifyAsync(standIn, verifier, clock));
        Assert.False(await VerifyAsync(standIn, verifier, clock));
        Assert.Equal(2, standIn.JwksFetches);

        clock.Advance(FalWebhookKeys.MinRefetchInterval + TimeSpan.FromSeconds(1));
        Assert.False(await VerifyAsync(standIn, verifier, clock));
        Assert.Equal(3, standIn.JwksFetches);
    }

    [Fact]
    public async Task A_signature_covers_the_body_the_request_id_and_the_timestamp()
    {
        await using var standIn = await FalStandIn.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var container = Container(standIn, clock);
        var verifier = container.GetRequiredService<FalWebhookVerifier>();
        var body = FalStandIn.WebhookBody("req-1", null);
        var now = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var stale = clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = standIn.Sign("req-1", FalStandIn.UserId, now, body);

        Assert.True(await verifier.IsValidAsync("req-1", FalStandIn.UserId, now, signature, body, Cancel));
        Assert.False(await verifier.IsValidAsync("req-1", FalStandIn.UserId, now, signature, FalStandIn.WebhookBody("req-2", null), Cancel));
        Assert.False(await verifier.IsValidAsync("req-2", FalStandIn.UserId, now, signature, body, Cancel));
        Assert.False(await verifier.IsValidAsync("req-1", "someone-else", now, signature, body, Cancel));
        Assert.False(await verifier.IsValidAsync("req-1", FalStandIn.UserId, stale, standIn.Sign("req-1", FalStandIn.UserId, stale, body), body, Cancel));
        Assert.False(await verifier.IsValidAsync("req-1", FalStandIn.UserId, now, signature[..^2], body, Cancel));
        Assert.False(await verifier.IsValidAsync("req-1", FalStandIn.UserId, now, new string('z', 128), body, Cancel));
    }

    private static ServiceProvider Container(FalStandIn standIn, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(standIn.Settings()).Build();
        return new ServiceCollection().AddLogging().AddSingleton(clock).AddCreoFal(configuration).BuildServiceProvider();
    }

    private static Task<bool> VerifyAsync(FalStandIn standIn, FalWebhookVerifier verifier, TimeProvider clock)
    {
        var body = FalStandIn.WebhookBody("req-1", null);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return verifier.IsValidAsync("req-1", FalStandIn.UserId, timestamp, standIn.Sign("req-1", FalStandIn.UserId, timestamp, body), body, Cancel);
    }
}
