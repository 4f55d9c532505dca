using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests;

/// <summary>
/// One running Crëo per test class, over real HTTP: on PostgreSQL with Hangfire on PostgreSQL (production's
/// shape) or on the embedded default (SQLite, in-memory jobs). Subclasses pick the shape.
/// </summary>
public abstract class WebAppFixture : IAsyncLifetime
{
    private readonly DatabaseProvider provider;
    private readonly TemporaryDirectory directory = new();

    protected WebAppFixture(DatabaseProvider provider) => this.provider = provider;

    public CreoAppFactory App { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string DataDirectory => directory.Path;

    public async ValueTask InitializeAsync()
    {
        await BeforeStartAsync();
        Database = await TestDatabase.CreateAsync(provider);
        var settings = CreoSettings.For(Database, directory.Path);
        if (provider == DatabaseProvider.Postgres)
        {
            settings.WithPostgresJobs();
        }

        ConfigureSettings(settings);
        App = new CreoAppFactory(settings, ConfigureServices, Port);
        Http = App.CreateHttpClient();
    }

    public virtual async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
        directory.Dispose();
    }

    /// <summary>The port the app listens on; 0 lets the system choose.</summary>
    protected virtual int Port => 0;

    /// <summary>Starts what the app must reach (stand-ins of outside services) before its settings are written.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual void ConfigureSettings(Dictionary<string, string?> settings)
    {
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}

public sealed class PostgresApp() : WebAppFixture(DatabaseProvider.Postgres);

public sealed class EmbeddedApp() : WebAppFixture(DatabaseProvider.Sqlite);
