using Creo.Application.Billing.Payments;
using Creo.Infrastructure.Billing;
using Creo.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Creo.Infrastructure.Tests.Billing;

/// <summary>The Stripe gateway wired as the app wires it, against a <see cref="StripeStandIn"/>, on a fake clock.</summary>
internal sealed class StripeGatewayHost : IAsyncDisposable
{
    private readonly ServiceProvider container;

    private StripeGatewayHost(StripeStandIn standIn, ServiceProvider container, FakeTimeProvider clock)
    {
        StandIn = standIn;
        this.container = container;
        Clock = clock;
        Gateway = container.GetRequiredService<IPaymentGateway>();
    }

    public StripeStandIn StandIn { get; }

    public FakeTimeProvider Clock { get; }

    public IPaymentGateway Gateway { get; }

    public static async Task<StripeGatewayHost> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var standIn = await StripeStandIn.StartAsync();
        var settings = standIn.Settings();
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var container = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddCreoStripe(configuration).BuildServiceProvider();
        return new StripeGatewayHost(standIn, container, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await container.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
