using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Testing;
using Creo.Web.Tests.Scale;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;

namespace Creo.Web.Tests.Deploy;

/// <summary>
/// The deploy recipe (deploy/compose.yaml) as it runs: the migrate step, two web-only instances and one worker on one
/// PostgreSQL and one bucket, configured by the file's environment and secret files. A failed test prints the instances' output.
/// </summary>
public sealed class DeployRecipeTests(DeployRecipeApp app) : IClassFixture<DeployRecipeApp>, IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(app.Output());
        }

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_generation_submitted_on_web_1_is_run_by_the_worker_and_shown_on_web_2()
    {
        var email = $"deploy-{Guid.NewGuid():N}@example.com";
        var onWeb1 = await SignInThroughSmtpAsync(app.Web1.Http, email);
        await onWeb1.OnboardAsync();

        using var submitted = await onWeb1.SendContentAsync(HttpMethod.Post, "/api/generations", JsonContent.Create(
            new { modelId = "local-sketch", prompt = "a harbour at dawn", parameters = new { width = 256, height = 256 } }));
        var text = await submitted.Content.ReadAsStringAsync(Cancel);
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, $"{(int)submitted.StatusCode}: {text}");
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();

        var onWeb2 = onWeb1.Via(app.Web2.Http);
        var generation = await Eventually.UntilAsync(
            () => onWeb2.GetJsonAsync<JsonElement>($"/api/generations/{id}"),
            g => g.GetProperty("status").GetString() is not ("queued" or "running"),
            g => $"Generation {id} is still {g.GetProperty("status").GetString()}.");
        Assert.Equal("succeeded", generation.GetProperty("status").GetString());

        // Only the worker runs a job server: Hangfire's own record names its process.
        var run = Assert.Single(await HangfireRuns.OfGenerationAsync(app.Database.ConnectionString, id, Cancel));
        Assert.Contains($":{app.Worker.ProcessId}:", Assert.Single(run.ProcessingServers), StringComparison.Ordinal);

        // The output the worker stored in the bucket is served by web-2.
        var output = Assert.Single(generation.GetProperty("outputs").EnumerateArray());
        using var media = await onWeb2.GetAsync(output.GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/png", media.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_migrate_step_ran_once_and_run_again_changes_nothing_and_exits_0()
    {
        Assert.Contains(app.FirstMigration.StandardOutput, line => line.Contains("up to date", StringComparison.Ordinal));
        var before = await HistoryAsync(app.Database);

        var again = await app.RunAsync(DeployRecipe.MigrateService, app.Database);

        Assert.True(again.ExitCode == 0, again.Report);
        Assert.Equal(before, await HistoryAsync(app.Database));
        Assert.Equal(ExpectedMigrations(app.Database), before);
        using var ready = await app.Web1.Http.GetAsync("/health/ready", Cancel);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task An_instance_refuses_an_empty_database_in_one_line_and_writes_nothing()
    {
        await using var empty = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var web = await app.RunAsync("web-1", empty);

        AssertRefused(web, ExpectedMigrations(empty).Count, ExpectedMigrations(empty)[0]);
        Assert.Equal(0L, await ScalarAsync(empty, "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"));
    }

    [Fact]
    public async Task The_worker_refuses_a_database_one_migration_behind_and_the_migrate_step_brings_it_up()
    {
        await using var behind = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        Assert.Equal(0, (await app.RunAsync(DeployRecipe.MigrateService, behind)).ExitCode);
        var latest = ExpectedMigrations(behind)[^1];

        // As a database looks to the next build before its upgrade: the newest migration not applied (undone and forgotten).
        await using (var db = behind.CreateContext())
        {
            await db.GetInfrastructure().GetRequiredService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>()
                .MigrateAsync(ExpectedMigrations(behind)[^2], cancellationToken: Cancel);
        }

        AssertRefused(await app.RunAsync("worker", behind), 1, latest);
        Assert.Equal(0, (await app.RunAsync(DeployRecipe.MigrateService, behind)).ExitCode);
        Assert.Equal(ExpectedMigrations(behind), await HistoryAsync(behind));
    }

    [Fact]
    public async Task An_instance_whose_secrets_directory_is_missing_refuses_to_start_rather_than_run_without_its_secrets()
    {
        using var folder = new TemporaryDirectory();
        var environment = DeployRecipe.EnvironmentOf(app.Compose.Service("web-1"), app.Database, folder.Path, serves: false);
        var missing = Path.Combine(folder.Path, "no-such-folder");
        environment["Creo__SecretsDirectory"] = missing;

        var run = await StepRun.RunAsync(environment, [], app.App);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.StandardError, line => line.Contains($"Creo__SecretsDirectory is {missing}, which is not a directory.", StringComparison.Ordinal));
    }

    private static void AssertRefused(StepRun run, int behindBy, string next)
    {
        Assert.True(run.ExitCode == 3, run.Report);
        var line = Assert.Single(run.StandardError, l => l.Contains("Database__MigrateOnStart", StringComparison.Ordinal));
        Assert.Contains($"{behindBy} migration(s) behind this build (next: {next})", line, StringComparison.Ordinal);
        Assert.Contains("dotnet Creo.Web.dll migrate", line, StringComparison.Ordinal);
    }

    private static List<string> ExpectedMigrations(TestDatabase database)
    {
        using var db = database.CreateContext();
        return [.. db.Database.GetMigrations()];
    }

    private static async Task<List<string>> HistoryAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var read = new NpgsqlCommand($"SELECT migration_id FROM common.{DatabaseOptions.MigrationsHistoryTable} ORDER BY migration_id", connection);
        await using var reader = await read.ExecuteReaderAsync(Cancel);
        var ids = new List<string>();
        while (await reader.ReadAsync(Cancel))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Signs in as a person does with the recipe's SMTP relay: the link arrives at the test's SMTP catcher.</summary>
    private static async Task<SignedInUser> SignInThroughSmtpAsync(HttpClient http, string email)
    {
        using (var start = await http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        var mail = await Eventually.UntilAsync(
            () => MailToAsync(email),
            message => message is not null,
            _ => $"No sign-in mail to {email} reached the SMTP catcher.");
        var body = mail!.TextBody ?? string.Empty;
        var begin = body.IndexOf("http", StringComparison.Ordinal);
        var end = body.IndexOfAny([' ', '\r', '\n'], begin);
        var user = SignedInUser.NotSignedIn(http, email);
        using var signedIn = await user.OpenSignInLinkAsync(body[begin..(end < 0 ? body.Length : end)]);
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        await user.RefreshCsrfAsync();
        return user;
    }

    private static async Task<MimeMessage?> MailToAsync(string email)
    {
        var folder = Path.Combine(TestServices.SmtpMaildir, "new");
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
        {
            var message = await MimeMessage.LoadAsync(file, Cancel);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase)))
            {
                return message;
            }
        }

        return null;
    }
}
