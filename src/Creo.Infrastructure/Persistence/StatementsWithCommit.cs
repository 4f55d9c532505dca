using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Creo.Infrastructure.Persistence;

/// <summary>
/// Statements a command hands to its commit instead of sending them at once (PostgreSQL only): they go to the server in
/// one batch with the <c>COMMIT</c>, one round trip. A submission sends its generation with the transaction's first
/// statement and its run's job rows and credit hold here, so it makes two round trips where it made four, and the
/// account row the hold locks is held while the server commits, not while the answer travels back to the app and the
/// app's COMMIT travels to the server (docs/performance.md). A statement that fails stops the batch before the COMMIT
/// (PostgreSQL skips the rest of a failed batch) and the transaction is rolled back as for any failure; the statement's
/// own <c>refusal</c> may turn the server's error into the command's.
/// </summary>
internal sealed class StatementsWithCommit
{
    private readonly List<(NpgsqlBatchCommand Command, Func<PostgresException, Exception?>? Refusal)> statements = [];

    public bool IsEmpty => statements.Count == 0;

    public void Add(NpgsqlBatchCommand command, Func<PostgresException, Exception?>? refusal = null) => statements.Add((command, refusal));

    /// <summary>A statement with positional parameters (<c>$1</c>…); a value that needs a type (a null) is passed as its own parameter.</summary>
    public static NpgsqlBatchCommand Statement(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        return command;
    }

    public void Clear() => statements.Clear();

    /// <summary>Sends the statements and <c>COMMIT</c> in one batch on <paramref name="transaction"/>'s connection.</summary>
    public async Task CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var sent = statements.ToArray();
        statements.Clear();
        var npgsql = (NpgsqlTransaction)transaction.GetDbTransaction();
        await using var batch = new NpgsqlBatch(npgsql.Connection, npgsql);
        foreach (var (command, _) in sent)
        {
            batch.BatchCommands.Add(command);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (RefusalFor(sent, exception) is { } refusal)
        {
            throw refusal;
        }
    }

    private static Exception? RefusalFor((NpgsqlBatchCommand Command, Func<PostgresException, Exception?>? Refusal)[] sent, PostgresException exception)
    {
        foreach (var (_, refusal) in sent)
        {
            if (refusal?.Invoke(exception) is { } translated)
            {
                return translated;
            }
        }

        return null;
    }
}
