using System.Diagnostics;
using Creo.Application.Common.RequestLogs.PurgeRequestLogs;
using Creo.Benchmarks.Measuring;
using Creo.Benchmarks.Seeding;
using Creo.Testing;
using Npgsql;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// The request-log purge (30 days) over a million expired rows, while a person keeps reading their credits:
/// the purge deletes in batches precisely so that the requests around it — each of which writes a request-log
/// row of its own — do not wait on it.
/// </summary>
public sealed class RetentionScenario : IScenario
{
    private const int RecentRows = 10_000;

    public string Name => "retention";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var app = await BenchApp.StartAsync(runJobs: false);
        var (user, _) = await app.SignUpAsync("bench-retention@example.com");
        var dataSource = app.DataSource;
        var now = DateTimeOffset.UtcNow;
        await BulkSeed.RequestLogsAsync(dataSource, scale.PurgeRows, now.AddDays(-90), now.AddDays(-31));
        await BulkSeed.RequestLogsAsync(dataSource, RecentRows, now.AddDays(-29), now.AddDays(-1));

        Task Read() => BenchApp.GetOkAsync(user, "/api/credits");
        for (var i = 0; i < 200; i++)
        {
            await Read();
        }

        using (var idleFor = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            var idle = await Load.UntilAsync(idleFor.Token, Read);
            using var purgeDone = new CancellationTokenSource();
            var during = Load.UntilAsync(purgeDone.Token, Read);
            var started = Stopwatch.GetTimestamp();
            await app.RunJobAsync(new PurgeRequestLogsJob());
            var purge = Stopwatch.GetElapsedTime(started);
            await purgeDone.CancelAsync();
            var busy = await during;

            var left = await CountAsync(dataSource, now.AddDays(-30));
            if (left.Expired != 0)
            {
                throw new InvalidOperationException($"{left.Expired} expired rows survived the purge.");
            }

            Console.WriteLine($"    purged {scale.PurgeRows} rows in {purge.TotalSeconds:0.0} s; /api/credits p50 {idle.P50:0.00} → {busy.P50:0.00} ms, p99 {idle.P99:0.00} → {busy.P99:0.00} ms");
            report.Section(
                "Retention purge of the request log",
                $"`PurgeRequestLogsJob` over {Report.Count(scale.PurgeRows)} request-log rows older than 30 days (and {Report.Count(RecentRows)} newer ones it must keep; {Report.Count(left.Kept)} were left, the rows the requests themselves logged included), deleting {Report.Count(Creo.Application.Common.Retention.BatchedDeletes.DefaultBatchSize)} rows per statement. Meanwhile one person reads `GET /api/credits` back to back over HTTP, each request also writing its own request-log row; compared with 10 s of the same reads just before.");
            report.Table(["rows purged", "purge took", "rows / s", "reads idle p50", "p99", "reads during purge p50", "p99", "reads during purge"],
            [[Report.Count(scale.PurgeRows), $"{Report.Number(purge.TotalSeconds)} s", Report.Number(scale.PurgeRows / purge.TotalSeconds, "0"),
              Report.Ms(idle.P50), Report.Ms(idle.P99), Report.Ms(busy.P50), Report.Ms(busy.P99), Report.Count(busy.Count)]]);
        }
    }


    private static async Task<(long Expired, long Kept)> CountAsync(NpgsqlDataSource dataSource, DateTimeOffset cutoff)
    {
        await using var count = dataSource.CreateCommand("SELECT count(*) FILTER (WHERE occurred_at < $1), count(*) FILTER (WHERE occurred_at >= $1) FROM common.request_logs");
        count.Parameters.Add(new NpgsqlParameter { Value = cutoff });
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
