using System.Text.Json;
using Npgsql;
using System.Globalization;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// The baseline for the submit path: the same rows written by hand with Npgsql, as tightly as a careful
/// hand-written service would: the generation and its credit hold in one transaction (the balance check left
/// to the database's constraint and its trigger), then the run enqueued into Hangfire's tables (job, parameter,
/// state, queue) in a second; each transaction is one batch, one round trip. No reads. Given
/// <c>enqueueWithHangfire</c>, the run is enqueued through Hangfire's own client instead, as a hand-written
/// service on Hangfire would.
/// </summary>
public sealed class RawSubmit(NpgsqlDataSource dataSource, Guid userId, Action<Guid>? enqueueWithHangfire)
{
    private const long Cost = 2;

    private const string InsertGeneration = """
        INSERT INTO generations.generations (id, attempts, created_at, credit_cost, height, kind, model_id, model_version, prompt, provider, seed, status, user_id, version, width)
        VALUES ($1, 0, $2, $3, 512, 'Image', 'local-sketch', '1.0.0', $4, 'local', $5, 'Queued', $6, 0, 512)
        """;

    private const string InsertHold = """
        INSERT INTO credits.credit_entries (id, amount, created_at, generation_id, kind, reason, source_key, user_id)
        VALUES ($1, $2, $3, $4, 'Hold', 'Held for a Local preview — painterly generation', $5, $6)
        """;

    // In a sub-select, so PostgreSQL evaluates it once and can seek the primary key with it: currval() is
    // volatile, and compared directly in a WHERE it would make the UPDATE scan the whole job table.
    private const string CurrentJob = "(SELECT currval('hangfire.job_id_seq'))";

    public async Task SubmitAsync(string prompt)
    {
        if (string.IsNullOrWhiteSpace(prompt) || prompt.Length > 2000)
        {
            throw new ArgumentException("A prompt is 1 to 2000 characters.", nameof(prompt));
        }

        var now = DateTimeOffset.UtcNow;
        var generationId = Guid.CreateVersion7(now);
        await using var connection = await dataSource.OpenConnectionAsync();

        // A batch without an explicit transaction runs as one implicit transaction: all or nothing, one round trip.
        await using (var hold = new NpgsqlBatch(connection))
        {
            hold.BatchCommands.Add(Command(InsertGeneration, generationId, now, Cost, prompt, Random.Shared.NextInt64(0, 4_294_967_296), userId));
            hold.BatchCommands.Add(Command(InsertHold, Guid.CreateVersion7(now), -Cost, now, generationId, "hold:generation:" + generationId.ToString("N"), userId));
            await hold.ExecuteNonQueryAsync();
        }

        // After the hold commits, as Crëo does: a run is never enqueued for a generation that was not stored.
        if (enqueueWithHangfire is not null)
        {
            enqueueWithHangfire(generationId);
            return;
        }

        var arguments = JsonSerializer.Serialize(new[] { JsonSerializer.Serialize(new { GenerationId = generationId }), null });
        var invocation = JsonSerializer.Serialize(new
        {
            Type = "Creo.Infrastructure.Jobs.JobDispatcher, Creo.Infrastructure",
            Method = "RunAsync",
            ParameterTypes = "[\"Creo.Application.Generations.RunGeneration.RunGenerationJob, Creo.Application\",\"System.Threading.CancellationToken, mscorlib\"]",
            Arguments = arguments,
        });
        var enqueuedAt = JsonSerializer.Serialize(new { EnqueuedAt = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Queue = "default" });
        await using var enqueue = new NpgsqlBatch(connection);
        enqueue.BatchCommands.Add(Command("INSERT INTO hangfire.job (invocationdata, arguments, createdat) VALUES ($1::jsonb, $2::jsonb, $3)", invocation, arguments, now));
        enqueue.BatchCommands.Add(Command($"INSERT INTO hangfire.jobparameter (jobid, name, value) VALUES ({CurrentJob}, 'CurrentCulture', '\"\"')"));
        enqueue.BatchCommands.Add(Command($"INSERT INTO hangfire.state (jobid, name, createdat, data) VALUES ({CurrentJob}, 'Enqueued', $1, $2::jsonb)", now, enqueuedAt));
        enqueue.BatchCommands.Add(Command($"UPDATE hangfire.job SET stateid = (SELECT currval('hangfire.state_id_seq')), statename = 'Enqueued' WHERE id = {CurrentJob}"));
        enqueue.BatchCommands.Add(Command($"INSERT INTO hangfire.jobqueue (jobid, queue) VALUES ({CurrentJob}, 'default')"));
        await enqueue.ExecuteNonQueryAsync();
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
