using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Scale;

namespace Creo.Web.Tests.Deploy;

/// <summary>
/// <c>deploy/compose.yaml</c> run the way it runs, as processes of the published app (<see cref="PublishedWebApp"/>, what the
/// Dockerfile's publish stage puts in the image): the migrate step on an
/// empty PostgreSQL database, then, once it has exited 0, the two web instances and the worker, each with the
/// environment and secret files the file gives it (<see cref="DeployRecipe"/>).
/// </summary>
public sealed class DeployRecipeApp : IAsyncLifetime
{
    private readonly TemporaryDirectory directory = new();
    private readonly List<CreoProcess> instances = [];

    public ComposeFile Compose { get; } = ComposeFile.Load();

    public TestDatabase Database { get; private set; } = null!;

    public StepRun FirstMigration { get; private set; } = null!;

    public CreoProcess Web1 => Instance("web-1");

    public CreoProcess Web2 => Instance("web-2");

    public CreoProcess Worker => Instance("worker");

    /// <summary>The published <c>Creo.Web.dll</c> every service of the recipe runs.</summary>
    public string App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await PublishedWebApp.PathAsync();
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        try
        {
            FirstMigration = await RunAsync(DeployRecipe.MigrateService, Database);
            if (FirstMigration.ExitCode != 0)
            {
                throw new InvalidOperationException("The migrate step failed:\n" + FirstMigration.Report);
            }

            // One after another: three starting at once on a loaded 2-core machine overran the 60 s a start is given.
            foreach (var name in new[] { "web-1", "web-2", "worker" })
            {
                instances.Add(await CreoProcess.StartAsync(name, DeployRecipe.EnvironmentOf(Compose.Service(name), Database, Folder(name), serves: true), App));
            }
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="service"/> once, to its exit, with its command from the file, against <paramref name="database"/>.</summary>
    public Task<StepRun> RunAsync(string service, TestDatabase database)
    {
        var compose = Compose.Service(service);
        var run = Folder($"{service}-{Guid.NewGuid():N}");
        return StepRun.RunAsync(DeployRecipe.EnvironmentOf(compose, database, run, serves: false), compose.Command, App);
    }

    public string Output() => string.Join('\n', instances.SelectMany(i => i.Output));

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        instances.Clear();
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        directory.Dispose();
    }

    private CreoProcess Instance(string name) => instances.Single(i => i.Name == name);

    private string Folder(string name) => Path.Combine(directory.Path, name);
}
