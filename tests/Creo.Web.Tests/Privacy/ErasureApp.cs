using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// Crëo with payments on (against the Stripe stand-in), so an erasure has a subscription to cancel and an invoice to
/// keep. Two shapes: the embedded default, and production's (PostgreSQL, Hangfire on PostgreSQL, S3).
/// </summary>
public abstract class ErasureApp(DatabaseProvider provider) : StudioApp(provider)
{
    public StripeStandIn Stripe { get; private set; } = null!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    protected override async Task BeforeStartAsync() => Stripe = await StripeStandIn.StartAsync();

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithStripe(Stripe);
    }
}

public sealed class EmbeddedErasureApp() : ErasureApp(DatabaseProvider.Sqlite);

public sealed class PostgresErasureApp() : ErasureApp(DatabaseProvider.Postgres)
{
    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithS3Storage();
    }
}
