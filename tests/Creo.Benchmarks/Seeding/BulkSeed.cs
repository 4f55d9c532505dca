using Creo.Domain.Common;
using Npgsql;
using NpgsqlTypes;

namespace Creo.Benchmarks.Seeding;

/// <summary>
/// Million-row fixtures written with PostgreSQL's binary COPY, in the shape Crëo itself writes them (version-7
/// ids in time order, the same columns and values), so the queries measured meet realistic tables and indexes.
/// </summary>
public static class BulkSeed
{
    private static readonly TimeSpan CopyTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <paramref name="count"/> succeeded generations of <paramref name="userId"/>, each with one PNG output under
    /// their storage prefix, created one second apart and ending <paramref name="newest"/>; returns their ids, oldest first.
    /// </summary>
    public static async Task<Guid[]> GenerationsAsync(NpgsqlDataSource dataSource, Guid userId, int count, DateTimeOffset newest)
    {
        var ids = new Guid[count];
        var oldest = newest.AddSeconds(-count);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY generations.generations (id, attempts, created_at, started_at, completed_at, credit_cost, height, kind, model_id, model_version, prompt, provider, seed, status, user_id, version, width) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = CopyTimeout;
            for (var i = 0; i < count; i++)
            {
                var createdAt = oldest.AddSeconds(i);
                ids[i] = TimeOrderedIds.New(createdAt);
                await copy.StartRowAsync();
                await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(createdAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(createdAt.AddMilliseconds(50), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(createdAt.AddMilliseconds(400), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(2L, NpgsqlDbType.Bigint);
                await copy.WriteAsync(512, NpgsqlDbType.Integer);
                await copy.WriteAsync("Image", NpgsqlDbType.Varchar);
                await copy.WriteAsync("local-sketch", NpgsqlDbType.Varchar);
                await copy.WriteAsync("1.0.0", NpgsqlDbType.Varchar);
                await copy.WriteAsync($"a harbour in the rain, study {i}", NpgsqlDbType.Varchar);
                await copy.WriteAsync("local", NpgsqlDbType.Varchar);
                await copy.WriteAsync((long)i, NpgsqlDbType.Bigint);
                await copy.WriteAsync("Succeeded", NpgsqlDbType.Varchar);
                await copy.WriteAsync(userId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(3, NpgsqlDbType.Integer);
                await copy.WriteAsync(512, NpgsqlDbType.Integer);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY generations.generation_outputs (id, generation_id, index, content_type, size_bytes, storage_key) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = CopyTimeout;
            foreach (var id in ids)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync("image/png", NpgsqlDbType.Varchar);
                await copy.WriteAsync(1_024L, NpgsqlDbType.Bigint);
                await copy.WriteAsync(OutputKey(userId, id), NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
        }

        await AnalyzeAsync(connection, "generations.generations", "generations.generation_outputs");
        return ids;
    }

    /// <summary>The storage key Crëo gives a generation's first output.</summary>
    public static string OutputKey(Guid userId, Guid generationId) => $"users/{userId:N}/generations/{generationId:N}/0.png";

    /// <summary>
    /// <paramref name="count"/> one-credit purchases in <paramref name="userId"/>'s ledger, one second apart, ending
    /// <paramref name="newest"/>, and the balance raised by as much. The ledger's balance trigger is paused for the
    /// load and the balance set once, as the trigger would have: a million updates of one row in one transaction
    /// cost PostgreSQL time that grows with the square of the count.
    /// </summary>
    public static async Task CreditEntriesAsync(NpgsqlDataSource dataSource, Guid userId, int count, DateTimeOffset newest)
    {
        var oldest = newest.AddSeconds(-count);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "ALTER TABLE credits.credit_entries DISABLE TRIGGER USER");
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY credits.credit_entries (id, amount, created_at, kind, reason, source_key, user_id) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = CopyTimeout;
            for (var i = 0; i < count; i++)
            {
                var createdAt = oldest.AddSeconds(i);
                var id = TimeOrderedIds.New(createdAt);
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
                await copy.WriteAsync(createdAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("Purchase", NpgsqlDbType.Varchar);
                await copy.WriteAsync("A credit pack", NpgsqlDbType.Varchar);
                await copy.WriteAsync($"checkout:bench_{id:N}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(userId, NpgsqlDbType.Uuid);
            }

            await copy.CompleteAsync();
        }

        await ExecuteAsync(connection, "ALTER TABLE credits.credit_entries ENABLE TRIGGER USER");
        await using (var raise = new NpgsqlCommand("UPDATE credits.credit_accounts SET balance = balance + $1 WHERE user_id = $2", connection))
        {
            raise.Parameters.Add(new NpgsqlParameter { Value = (long)count });
            raise.Parameters.Add(new NpgsqlParameter { Value = userId });
            await raise.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await AnalyzeAsync(connection, "credits.credit_entries");
    }

    /// <summary><paramref name="count"/> request-log entries spread evenly between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static async Task RequestLogsAsync(NpgsqlDataSource dataSource, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var step = (to - from) / count;
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY common.request_logs (id, duration_ms, ip_address, method, occurred_at, path, status_code, user_agent, user_id) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = CopyTimeout;
            for (var i = 0; i < count; i++)
            {
                var at = from + (step * i);
                await copy.StartRowAsync();
                await copy.WriteAsync(TimeOrderedIds.New(at), NpgsqlDbType.Uuid);
                await copy.WriteAsync(3.5, NpgsqlDbType.Double);
                await copy.WriteAsync("203.0.113.7", NpgsqlDbType.Varchar);
                await copy.WriteAsync("GET", NpgsqlDbType.Varchar);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("/api/generations", NpgsqlDbType.Varchar);
                await copy.WriteAsync(200, NpgsqlDbType.Integer);
                await copy.WriteAsync("Mozilla/5.0", NpgsqlDbType.Varchar);
                await copy.WriteNullAsync();
            }

            await copy.CompleteAsync();
        }

        await AnalyzeAsync(connection, "common.request_logs");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Fresh planner statistics, as autovacuum would give a table that grew this much, and a checkpoint now: the
    /// one a large load sets off would otherwise write its gigabyte while the next figures are being measured.
    /// </summary>
    private static async Task AnalyzeAsync(NpgsqlConnection connection, params string[] tables)
    {
        foreach (var table in tables)
        {
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 600 };
            await analyze.ExecuteNonQueryAsync();
        }

        await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection) { CommandTimeout = 600 };
        await checkpoint.ExecuteNonQueryAsync();
    }
}
