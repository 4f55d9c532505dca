using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Creo.Benchmarks;

/// <summary>
/// Crëo as production runs it — PostgreSQL, Hangfire on PostgreSQL, the real clock — on real Kestrel, in a
/// database of its own that is dropped afterwards. Media and mail stay on the local file system: the
/// benchmarks measure Crëo, not the S3 stand-in.
/// </summary>
public sealed class BenchApp : IAsyncDisposable
{
    private readonly TemporaryDirectory directory = new();

    private BenchApp(TestDatabase database, bool runJobs, IReadOnlyDictionary<string, string?> extraSettings, Action<IServiceCollection>? configureServices = null)
    {
        Database = database;
        var settings = CreoSettings.For(database, directory.Path).WithPostgresJobs();
        settings["Jobs:RunServer"] = runJobs ? "true" : "false";
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:Hangfire"] = "Warning";

        // Both announce, on a fresh database, what is expected there: no migration history yet, no key ring yet.
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical";
        settings["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error";

        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }

        Factory = new CreoAppFactory(settings, services =>
        {
            // Benchmarks run on real time: leases, ids and expiries behave as in production.
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(TimeProvider.System);
            configureServices?.Invoke(services);
        });
        DataSource = NpgsqlDataSource.Create(PostgresConnectionStrings.WithDefaults(database.ConnectionString));
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = Factory.BaseAddress,
        };
    }

    public TestDatabase Database { get; }

    public CreoAppFactory Factory { get; }

    public HttpClient Http { get; }

    /// <summary>Straight to the app's database, connected as the app connects (fixtures, baselines, checks).</summary>
    public NpgsqlDataSource DataSource { get; }

    public string DataDirectory => directory.Path;

    public static async Task<BenchApp> StartAsync(bool runJobs, IReadOnlyDictionary<string, string?>? extraSettings = null) =>
        new(await TestDatabase.CreateAsync(DatabaseProvider.Postgres), runJobs, extraSettings ?? new Dictionary<string, string?>());

    /// <summary>As <see cref="StartAsync(bool, IReadOnlyDictionary{string, string?}?)"/>, with services of the benchmark's own added (baselines only, never Crëo's figures).</summary>
    public static async Task<BenchApp> StartAsync(bool runJobs, IReadOnlyDictionary<string, string?> extraSettings, Action<IServiceCollection> configureServices) =>
        new(await TestDatabase.CreateAsync(DatabaseProvider.Postgres), runJobs, extraSettings, configureServices);

    /// <summary>A new person, signed in by email link and onboarded; returns them and their account id.</summary>
    public Task<(SignedInUser User, Guid Id)> SignUpAsync(string email) => SignedInUser.SignUpAsync(Http, DataDirectory, email);

    /// <summary>Sends a command through the whole pipeline in a scope of its own, as an endpoint does.</summary>
    public async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    /// <summary>Sends a query through the whole pipeline in a scope of its own, as an endpoint does.</summary>
    public async Task<T> SendQueryAsync<T>(IQuery<T> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    /// <summary>GETs <paramref name="path"/> as <paramref name="user"/> and reads the whole answer, which must be a success.</summary>
    public static async Task GetOkAsync(SignedInUser user, string path)
    {
        using var response = await user.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await DataSource.DisposeAsync();
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
        directory.Dispose();
    }
}
