using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Npgsql;

namespace Creo.Web.Tests.Fuzz;

/// <summary>
/// Crëo in production's shape (PostgreSQL, Hangfire on PostgreSQL) with Stripe configured against its stand-in, so
/// every operation of the document is live; the sign-in limits are lifted because the fuzzer signs up a person per
/// operation from one address.
/// </summary>
public sealed class FuzzApp() : StudioApp(DatabaseProvider.Postgres)
{
    /// <summary>Admins enough for an address of their own per operation (each address gets 5 sign-in links per 15 minutes).</summary>
    public static readonly IReadOnlyList<string> AdminEmails = [.. Enumerable.Range(0, 200).Select(i => $"fuzz-admin-{i}@example.com")];

    public StripeStandIn Stripe { get; private set; } = null!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>
    /// The number of rows in every table the app writes for people (not the request log, which records every request by
    /// design, nor Hangfire's own tables, which recurring jobs write on their schedule).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> RowCountsAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'hangfire', 'public')
              AND table_name NOT IN ('request_logs', '__EFMigrationsHistory')
            ORDER BY 1
            """,
            connection))
        await using (var reader = await list.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*) FROM {t}"));
        var counts = new Dictionary<string, long>();
        await using var count = new NpgsqlCommand(sql, connection);
        await using var rows = await count.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await rows.ReadAsync(TestContext.Current.CancellationToken))
        {
            counts[rows.GetString(0)] = rows.GetInt64(1);
        }

        return counts;
    }

    /// <summary>
    /// The row counts once no job is queued or running: an accepted request may have started background work (a breach
    /// notice mails and records everyone) that would otherwise land in the middle of the next, refused, request. Read from
    /// Hangfire's queue table, whose row lives from the enqueue until the job's final state: the monitoring API's counts
    /// showed nothing while a worker held a job it had fetched but not yet marked as processing.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> RowCountsAfterBackgroundWorkAsync()
    {
        await Eventually.UntilAsync(QueuedOrRunningJobsAsync, busy => busy == 0, busy => $"{busy} jobs still queued or running.");
        return await RowCountsAsync();
    }

    private async Task<long> QueuedOrRunningJobsAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM hangfire.jobqueue", connection); // the schema Creo gives Hangfire
        return (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    protected override async Task BeforeStartAsync() => Stripe = await StripeStandIn.StartAsync();

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithStripe(Stripe);
        settings["Creo:AdminEmails"] = string.Join(',', AdminEmails);
        settings["RateLimits:SignInStartsPerIp"] = "100000";
        settings["RateLimits:SignInVerificationsPerIp"] = "100000";
    }
}
