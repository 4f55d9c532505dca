using Creo.Application.Common.Jobs;
using Creo.Application.Privacy.PurgeExpiredExports;
using Creo.Application.Privacy.StartDataExportBuild;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Privacy;

/// <summary>An archive leaves storage when its seven days are over; its record follows a month later.</summary>
public abstract class DataExportRetentionTests(DatabaseProvider provider) : DataExportTestBase(provider)
{
    [Fact]
    public async Task An_expired_archive_leaves_storage_and_its_record_goes_a_month_later_while_a_live_one_stays()
    {
        var ada = await PersonAsync("ada@example.com");
        var grace = await PersonAsync("grace@example.com");
        var old = await RequestExportAsync(ada);
        await BuildAsync(old);
        var oldKey = (await ExportAsync(old)).ObjectKey!;
        App.Clock.Advance(TimeSpan.FromDays(2));
        var live = await RequestExportAsync(grace);
        await BuildAsync(live);
        var liveKey = (await ExportAsync(live)).ObjectKey!;
        Assert.NotNull(await StoredBytesAsync(oldKey));

        App.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        await App.RunJobAsync(new PurgeExpiredExportsJob(), Cancel);

        Assert.Null(await StoredBytesAsync(oldKey));
        Assert.Equal(DataExportStatus.Expired, (await ExportAsync(old)).Status);
        Assert.NotNull(await StoredBytesAsync(liveKey));
        Assert.Equal(DataExportStatus.Ready, (await ExportAsync(live)).Status);
        Assert.True(Logs.Contain("Export retention removed 1 expired export archives from storage, gave up 0 stalled exports and deleted 0 export records"), string.Join('\n', Logs.Lines.Where(l => l.Contains("retention", StringComparison.Ordinal))));

        App.Clock.Advance(PurgeExpiredExportsJob.RecordGrace);
        await App.RunJobAsync(new PurgeExpiredExportsJob(), Cancel);
        await App.RunJobAsync(new PurgeExpiredExportsJob(), Cancel);

        await using var db = App.Database.CreateContext();
        Assert.Equal([live], await db.DataExports.Select(e => e.Id).ToListAsync(Cancel));
        Assert.True(Logs.Contain("Export retention removed 1 expired export archives from storage, gave up 0 stalled exports and deleted 1 export records"));
        Assert.True(Logs.Contain("Export retention removed 0 expired export archives from storage, gave up 0 stalled exports and deleted 0 export records"), "A second run finds nothing left.");
    }

    [Fact]
    public void The_purge_runs_every_hour_under_a_name_that_says_what_it_does()
    {
        var scheduler = new Generations.RecordingJobScheduler();

        RecurringJobs.Schedule(scheduler);

        var purge = Assert.Single(scheduler.Recurring, r => r.Job is PurgeExpiredExportsJob);
        Assert.Equal((PurgeExpiredExportsJob.RecurringName, "52 * * * *"), (purge.Name, purge.Cron));
    }

    [Fact]
    public async Task A_build_that_lost_its_job_is_given_up_so_the_person_can_ask_again()
    {
        var user = await PersonAsync("ada@example.com");
        var queued = await RequestExportAsync(user);
        App.Clock.Advance(PurgeExpiredExportsJob.StalledAfter - TimeSpan.FromMinutes(1));
        await App.RunJobAsync(new PurgeExpiredExportsJob(), Cancel);
        Assert.Equal(DataExportStatus.Queued, (await ExportAsync(queued)).Status);

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        await App.RunJobAsync(new PurgeExpiredExportsJob(), Cancel);

        Assert.Equal(DataExportStatus.Failed, (await ExportAsync(queued)).Status);
        Assert.Null(await App.SendAsync(new StartDataExportBuildCommand(queued), Cancel));
        Assert.NotEqual(queued, await RequestExportAsync(user));
    }
}

public sealed class SqliteDataExportRetentionTests() : DataExportRetentionTests(DatabaseProvider.Sqlite);

public sealed class PostgresDataExportRetentionTests() : DataExportRetentionTests(DatabaseProvider.Postgres);
