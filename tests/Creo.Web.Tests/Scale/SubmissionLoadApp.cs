using System.Globalization;
using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Web.Tests.Scale;

/// <summary>
/// Crëo whose starter grant pays for exactly <see cref="Affordable"/> local-sketch images at 256×256, reached
/// through a client that keeps up to <see cref="Connections"/> requests inside the app at once.
/// </summary>
public abstract class SubmissionLoadApp(DatabaseProvider provider) : WebAppFixture(provider)
{
    public const int Affordable = 100;

    /// <summary>What one 256×256 local-sketch image costs: a base of 1 and 1 per started megapixel.</summary>
    public const int Cost = 2;

    /// <summary>
    /// Enough to keep the app's request threads, database pool and balance row contended, few enough that the
    /// app's connection pool (and the test PostgreSQL's 200 connections shared with other classes) is never the limit.
    /// </summary>
    public const int Connections = 32;

    private HttpClient? load;

    /// <summary>A client with a bounded connection pool: every request beyond it waits in the client, not in a socket backlog.</summary>
    public HttpClient Load => load ??= new HttpClient(
        new SocketsHttpHandler { MaxConnectionsPerServer = Connections, AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = App.BaseAddress,
        Timeout = TimeSpan.FromMinutes(2),
    };

    public Task<(SignedInUser User, Guid Id)> NewPersonAsync() =>
        SignedInUser.SignUpAsync(Load, DataDirectory, $"load-{Guid.NewGuid():N}@example.com");

    public override async ValueTask DisposeAsync()
    {
        load?.Dispose();
        await base.DisposeAsync();
    }

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        settings["Credits:StarterGrant"] = (Affordable * Cost).ToString(CultureInfo.InvariantCulture);
    }
}

public sealed class PostgresSubmissionLoadApp() : SubmissionLoadApp(DatabaseProvider.Postgres)
{
    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithS3Storage();
    }
}

public sealed class EmbeddedSubmissionLoadApp() : SubmissionLoadApp(DatabaseProvider.Sqlite);
