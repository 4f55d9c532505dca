using Npgsql;

namespace Creo.Infrastructure.Persistence;

/// <summary>
/// Makes instances that start together take turns at initialising the database. Npgsql's migration lock
/// (<c>LOCK TABLE</c> on the history table) is released at every migration's commit, and a second instance that
/// started at the same moment applied the first migration again and crashed ("relation already exists"). This lock
/// belongs to a session of its own, so it covers the whole initialisation, and it goes with that session if the
/// process dies. The embedded SQLite default is one process: it takes no lock.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    /// <summary>An arbitrary constant of ours ("Creo" in ASCII): every instance of Crëo on one database asks for this lock.</summary>
    private const long Key = 0x4372656F;

    private readonly NpgsqlConnection? connection;

    private StartupLock(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupLock> TakeAsync(CreoDbContext db, CancellationToken cancellationToken)
    {
        if (db is not PostgresCreoDbContext)
        {
            return new StartupLock(null);
        }

        // Unpooled, so closing it ends the session and the lock with it.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            take.Parameters.AddWithValue("key", Key);
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
