using Creo.Application.Common.RequestLogs.PurgeRequestLogs;
using Creo.Domain.Common;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Common;

public abstract class RequestLogPurgeTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    [Fact]
    public async Task The_purge_removes_entries_older_than_30_days_and_keeps_the_rest()
    {
        var now = App.Clock.GetUtcNow();
        await using (var db = App.Database.CreateContext())
        {
            db.RequestLogs.AddRange(
                Entry(now - TimeSpan.FromDays(45), "/old"),
                Entry(now - TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), "/just-expired"),
                Entry(now - TimeSpan.FromDays(29), "/recent"),
                Entry(now, "/now"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await RunPurgeAsync();
        await RunPurgeAsync();

        await using var after = App.Database.CreateContext();
        Assert.Equal(["/now", "/recent"], await after.RequestLogs.Select(e => e.Path).OrderBy(p => p).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_purge_is_scheduled_daily_under_a_name_that_says_what_it_does()
    {
        using var connection = App.Provider.GetRequiredService<Hangfire.JobStorage>().GetConnection();

        Assert.Contains(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection), job => job.Id == PurgeRequestLogsJob.RecurringName);
    }

    private Task RunPurgeAsync() => App.RunJobAsync(new PurgeRequestLogsJob(), TestContext.Current.CancellationToken);

    private static RequestLogEntry Entry(DateTimeOffset at, string path) => RequestLogEntry.Record(at, "GET", path, 200, 1.5, null, "203.0.113.1", "test");
}

public sealed class SqliteRequestLogPurgeTests() : RequestLogPurgeTests(DatabaseProvider.Sqlite);

public sealed class PostgresRequestLogPurgeTests() : RequestLogPurgeTests(DatabaseProvider.Postgres);
