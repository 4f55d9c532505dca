using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Creo.Testing;

/// <summary>
/// A database of its own for one test class: a SQLite file in a temp folder, or a fresh database on the test
/// PostgreSQL server, dropped afterwards. Never EF InMemory: the tests run the same SQL as production.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TemporaryDirectory? directory;
    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, TemporaryDirectory? directory, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.directory = directory;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = new TemporaryDirectory();
            return new TestDatabase(provider, $"Data Source={Path.Combine(directory.Path, "creo.db")}", directory, null);
        }

        var name = $"creo_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(TestServices.PostgresAdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(TestServices.PostgresAdminConnectionString) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    public CreoDbContext CreateContext() => Provider == DatabaseProvider.Postgres
        ? new PostgresCreoDbContext(DatabaseOptions.ForPostgres(ConnectionString))
        : new SqliteCreoDbContext(DatabaseOptions.ForSqlite(ConnectionString));

    /// <summary>Removes the database while the app may still hold connections (used to prove readiness fails).</summary>
    public async Task DropAsync()
    {
        if (postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestServices.PostgresAdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            await DropAsync();
        }

        SqliteConnection.ClearAllPools();
        directory?.Dispose();
    }
}
