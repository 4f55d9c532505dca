using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// Crëo on production's shape (PostgreSQL, Hangfire on PostgreSQL) sending its mail through an SMTP relay that refuses
/// the recipients a test names, quoting them as relays do. Every log line is kept, so tests can prove what never
/// appears in them.
/// </summary>
public sealed class RefusedMailApp() : WebAppFixture(DatabaseProvider.Postgres)
{
    public CapturedLogs Logs { get; } = new();

    public SmtpRelayStandIn Relay { get; private set; } = null!;

    /// <summary>Signs a new person in (their link arrives through the relay) and onboards them.</summary>
    public async Task<SignedInUser> NewPersonAsync(string email)
    {
        var user = await SignedInUser.SignInAsync(Http, Relay.Root, email);
        await user.OnboardAsync();
        return user;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Relay.DisposeAsync();
    }

    protected override Task BeforeStartAsync()
    {
        Relay = SmtpRelayStandIn.Start();
        return Task.CompletedTask;
    }

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in Relay.Settings())
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}
