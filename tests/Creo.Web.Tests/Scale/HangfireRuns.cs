using Npgsql;

namespace Creo.Web.Tests.Scale;

/// <summary>
/// What Hangfire's own tables (schema <c>hangfire</c>) say about the runs of one job: every state it passed through,
/// in order, with the server that was processing it.
/// </summary>
public sealed record HangfireRuns(long JobId, IReadOnlyList<(string State, string? ServerId)> States)
{
    public int Count(string state) => States.Count(s => s.State == state);

    public IEnumerable<string> ProcessingServers => States.Where(s => s.State == "Processing").Select(s => s.ServerId ?? "");

    /// <summary>Every <c>RunGenerationJob</c> Hangfire holds for <paramref name="generationId"/> (its arguments hold only the id).</summary>
    public static async Task<IReadOnlyList<HangfireRuns>> OfGenerationAsync(string connectionString, Guid generationId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT j.id, s.name, s.data::jsonb ->> 'ServerId'
            FROM hangfire.job j JOIN hangfire.state s ON s.jobid = j.id
            WHERE j.invocationdata::text LIKE '%RunGenerationJob%' AND j.arguments::text LIKE @id
            ORDER BY j.id, s.id
            """,
            connection);
        command.Parameters.AddWithValue("id", $"%{generationId}%");
        var rows = new List<(long Job, string State, string? Server)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        return [.. rows.GroupBy(r => r.Job).Select(job => new HangfireRuns(job.Key, [.. job.Select(r => (r.State, r.Server))]))];
    }

    /// <summary>When the job was last fetched or its fetch renewed (<c>hangfire.jobqueue.fetchedat</c>, the database's clock); null when no worker holds it.</summary>
    public static async Task<DateTime?> FetchedAtAsync(string connectionString, long jobId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT fetchedat FROM hangfire.jobqueue WHERE jobid = @id", connection);
        command.Parameters.AddWithValue("id", jobId);
        return await command.ExecuteScalarAsync(cancellationToken) as DateTime?;
    }
}
