using Creo.Application;
using Creo.Application.Common.Jobs;
using Creo.Infrastructure;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Creo.Testing;

/// <summary>
/// The application and infrastructure layers wired as the app wires them, without the web host: for tests of
/// use cases and adapters against a real database. The clock is fake and movable.
/// </summary>
public sealed class CreoServices : IAsyncDisposable
{
    private readonly TemporaryDirectory directory;

    private CreoServices(TestDatabase database, TemporaryDirectory directory, ServiceProvider provider, FakeTimeProvider clock)
    {
        Database = database;
        this.directory = directory;
        Provider = provider;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Clock { get; }

    public string DataDirectory => directory.Path;

    public static async Task<CreoServices> StartAsync(
        DatabaseProvider provider,
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var directory = new TemporaryDirectory();
        var settings = CreoSettings.For(database, directory.Path);
        settings["Jobs:RunServer"] = "false";
        configure?.Invoke(settings);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddCreoApplication()
            .AddCreoInfrastructure(configuration);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        configureServices?.Invoke(services);

        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await serviceProvider.InitializeCreoDatabaseAsync();
        return new CreoServices(database, directory, serviceProvider, clock);
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope, as one request or one job would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs a job's handler in a scope of its own, as the job system would (once per call).</summary>
    public Task RunJobAsync<TJob>(TJob job, CancellationToken cancellationToken = default)
        where TJob : IJob =>
        InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IJobHandler<TJob>>().RunAsync(job, cancellationToken);
            return true;
        });

    /// <summary>Sends a command through the whole pipeline in a scope of its own.</summary>
    public Task<T> SendAsync<T>(ICommand<T> command, CancellationToken cancellationToken = default) =>
        InScopeAsync(async sp => await sp.GetRequiredService<IMediator>().Send(command, cancellationToken));

    /// <summary>Sends a query through the whole pipeline in a scope of its own.</summary>
    public Task<T> SendAsync<T>(IQuery<T> query, CancellationToken cancellationToken = default) =>
        InScopeAsync(async sp => await sp.GetRequiredService<IMediator>().Send(query, cancellationToken));

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Database.DisposeAsync();
        directory.Dispose();
    }
}
