using Creo.Application;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Testing;
using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Creo.Infrastructure.Tests.Jobs;

/// <summary>The scheduling port on Hangfire, with a real job server, on in-memory storage and on PostgreSQL.</summary>
public abstract class JobSchedulerTests(DatabaseProvider provider, bool postgresJobs) : IAsyncLifetime
{
    private TestDatabase? database;
    private TemporaryDirectory? directory;
    private IHost? host;

    private IServiceProvider Services => host!.Services;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        directory = new TemporaryDirectory();
        var settings = CreoSettings.For(database, directory.Path);
        settings["Jobs:QueuePollInterval"] = "00:00:00.200";
        if (postgresJobs)
        {
            settings.WithPostgresJobs();
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCreoApplication().AddCreoInfrastructure(builder.Configuration);
        builder.Services.AddSingleton<JobRecorder>();
        builder.Services.AddScoped<IJobHandler<RecordingJob>, RecordingJobHandler>();
        host = builder.Build();
        await host.Services.InitializeCreoDatabaseAsync(TestContext.Current.CancellationToken);
        await host.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        directory?.Dispose();
    }

    [Fact]
    public async Task An_enqueued_job_runs_once_and_is_stored_with_its_id_only()
    {
        var id = Guid.NewGuid();
        string jobId;
        await using (var scope = Services.CreateAsyncScope())
        {
            jobId = scope.ServiceProvider.GetRequiredService<IJobScheduler>().Enqueue(new RecordingJob(id));
        }

        var recorder = Services.GetRequiredService<JobRecorder>();
        await recorder.WaitForAsync(id);
        using var connection = Services.GetRequiredService<JobStorage>().GetConnection();

        // Succeeded is the job's last state: once Hangfire has recorded it, no worker will run the job again.
        await Eventually.UntilAsync(
            () => Task.FromResult(connection.GetStateData(jobId)?.Name),
            state => state == SucceededState.StateName,
            state => $"The job stayed {state ?? "without a state"}.");
        Assert.Equal(1, recorder.RunsOf(id));

        var data = connection.GetJobData(jobId);
        // Hangfire stores each argument as a JSON string: the job record (its id and nothing else) and the
        // cancellation token it substitutes at run time.
        var arguments = JsonSerializer.Deserialize<string?[]>(InvocationData.SerializeJob(data.Job).Arguments)!;
        Assert.Equal($$"""{"ItemId":"{{id}}"}""", arguments[0]);
        Assert.Null(arguments[1]);
    }

    [Fact]
    public async Task A_job_enqueued_with_a_command_runs_once_the_command_commits_and_reads_back_through_Hangfire()
    {
        var id = Guid.NewGuid();
        await InCommandAsync(id, commit: true);

        var recorder = Services.GetRequiredService<JobRecorder>();
        await recorder.WaitForAsync(id);
        await Eventually.UntilAsync(
            () => Task.FromResult(StoredJobsOf(id, SucceededState.StateName)),
            stored => stored == 1,
            stored => $"{stored} succeeded jobs for {id}.");
        Assert.Equal(1, recorder.RunsOf(id));
    }

    [Fact]
    public async Task A_job_enqueued_with_a_command_that_rolls_back_is_never_stored()
    {
        var rolledBack = Guid.NewGuid();
        await InCommandAsync(rolledBack, commit: false);

        // A later committed command's job runs; the rolled-back one was never in the store to run before or after it.
        var committed = Guid.NewGuid();
        await InCommandAsync(committed, commit: true);
        await Services.GetRequiredService<JobRecorder>().WaitForAsync(committed);
        Assert.Equal(0, StoredJobsOf(rolledBack, null));
        Assert.Equal(0, Services.GetRequiredService<JobRecorder>().RunsOf(rolledBack));
    }

    /// <summary>What the unit-of-work behaviour does around a command that enqueues the job, committing or failing.</summary>
    private async Task InCommandAsync(Guid id, bool commit)
    {
        await using var scope = Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using (var transaction = await unitOfWork.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<IJobScheduler>().EnqueueWithCommandAsync(new RecordingJob(id), TestContext.Current.CancellationToken);
            if (!commit)
            {
                unitOfWork.RolledBack();
                return;
            }

            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        unitOfWork.Committed();
    }

    /// <summary>The jobs for <paramref name="id"/> Hangfire itself lists (in <paramref name="state"/>, or in any state).</summary>
    private int StoredJobsOf(Guid id, string? state)
    {
        var monitoring = Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        IEnumerable<(string State, Job Job)> jobs =
        [
            .. monitoring.EnqueuedJobs(EnqueuedState.DefaultQueue, 0, 10_000).Select(j => (EnqueuedState.StateName, j.Value.Job)),
            .. monitoring.ProcessingJobs(0, 10_000).Select(j => (ProcessingState.StateName, j.Value.Job)),
            .. monitoring.SucceededJobs(0, 10_000).Select(j => (SucceededState.StateName, j.Value.Job)),
            .. monitoring.FailedJobs(0, 10_000).Select(j => (FailedState.StateName, j.Value.Job)),
        ];
        return jobs.Count(j => (state is null || j.State == state) && j.Job?.Args[0] is RecordingJob recorded && recorded.ItemId == id);
    }

    [Fact]
    public async Task A_recurring_job_is_registered_under_its_name()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IJobScheduler>().AddOrUpdateRecurring("test: record nothing", new RecordingJob(Guid.Empty), Cron.Daily());
        }

        using var connection = Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), job => job.Id == "test: record nothing" && job.Cron == Cron.Daily());
    }
}

public sealed class InMemoryJobSchedulerTests() : JobSchedulerTests(DatabaseProvider.Sqlite, postgresJobs: false);

public sealed class PostgresJobSchedulerTests() : JobSchedulerTests(DatabaseProvider.Postgres, postgresJobs: true);
