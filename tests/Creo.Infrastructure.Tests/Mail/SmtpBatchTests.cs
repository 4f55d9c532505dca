using Creo.Application.Common.Ports;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Tests.Mail;

/// <summary>
/// <see cref="IMailSender.SendEachAsync"/> over real SMTP (the relay stand-in): a fan-out's batch goes over one
/// connection, and what it reports accepted is exactly what the relay kept, whatever refuses, breaks or stops.
/// </summary>
public sealed class SmtpBatchTests : IAsyncLifetime
{
    private readonly SmtpRelayStandIn relay = SmtpRelayStandIn.Start();
    private CreoServices? services;
    private bool relayGone;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IMailSender Sender => (services ?? throw new InvalidOperationException("Not started.")).Provider.GetRequiredService<IMailSender>();

    public async ValueTask InitializeAsync() => services = await CreoServices.StartAsync(DatabaseProvider.Sqlite, settings =>
    {
        foreach (var (key, value) in relay.Settings())
        {
            settings[key] = value;
        }
    });

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (!relayGone)
        {
            await relay.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_batch_goes_over_one_connection_and_every_mail_is_reported_accepted()
    {
        var outcome = await Sender.SendEachAsync(Mails(20), Cancel);

        Assert.Equal(Enumerable.Range(0, 20), outcome.Accepted);
        Assert.Empty(outcome.Refused);
        Assert.Null(outcome.Broken);
        Assert.Equal((20, 1), (relay.Accepted, relay.Connections));
    }

    [Fact]
    public async Task Refused_recipients_are_reported_and_the_rest_of_the_batch_still_goes_out()
    {
        relay.Refuse("person1@example.com");
        relay.Refuse("person3@example.com", temporarily: true);

        var outcome = await Sender.SendEachAsync(Mails(5), Cancel);

        Assert.Equal(new[] { 0, 2, 4 }, outcome.Accepted);
        Assert.Equal(new[] { 1, 3 }, outcome.Refused);
        Assert.Null(outcome.Broken);
        Assert.Equal(3, relay.Accepted);
    }

    [Fact]
    public async Task A_stopped_batch_sends_nothing_and_does_not_throw()
    {
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();

        var outcome = await Sender.SendEachAsync(Mails(3), stopped.Token);

        Assert.Empty(outcome.Accepted);
        Assert.Null(outcome.Broken);
        Assert.Equal((0, 0), (relay.Accepted, relay.Connections));
    }

    [Fact]
    public async Task A_relay_that_is_gone_ends_the_batch_with_a_failure_that_names_nobody()
    {
        relayGone = true;
        await relay.DisposeAsync();

        var outcome = await Sender.SendEachAsync(Mails(3), Cancel);

        Assert.Empty(outcome.Accepted);
        var broken = Assert.IsAssignableFrom<Exception>(outcome.Broken);
        Assert.DoesNotContain("@example.com", broken.Message, StringComparison.Ordinal);
    }

    private static List<OutgoingMail> Mails(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new OutgoingMail($"person{i}@example.com", "Batch test", $"Mail {i}."))];
}
