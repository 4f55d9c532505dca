using Creo.Infrastructure.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Creo.Testing;

/// <summary>
/// Searches every column of every table, of every type, read as text (ids too), for a string: proof that a secret or
/// a prompt is not stored, or that nothing of an erased person is left. Case-insensitive, as SQLite writes GUIDs in
/// capitals and PostgreSQL in small letters.
/// </summary>
public static class DatabaseText
{
    public static async Task<bool> ContainsAsync(TestDatabase database, string needle) =>
        (await ColumnsContainingAsync(database, needle)).Count > 0;

    /// <summary>Every <c>schema.table.column</c> (SQLite: <c>table.column</c>) holding <paramref name="needle"/> in some row.</summary>
    public static Task<IReadOnlyList<string>> ColumnsContainingAsync(TestDatabase database, string needle) =>
        database.Provider == DatabaseProvider.Postgres ? InPostgresAsync(database.ConnectionString, needle) : InSqliteAsync(database.ConnectionString, needle);

    private static async Task<IReadOnlyList<string>> InPostgresAsync(string connectionString, string needle)
    {
        var found = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
            """,
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (schema, table, column) in columns)
        {
            await using var search = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{schema}\".\"{table}\" WHERE \"{column}\"::text ILIKE '%' || @needle || '%')", connection);
            search.Parameters.AddWithValue("needle", needle);
            if ((bool)(await search.ExecuteScalarAsync())!)
            {
                found.Add($"{schema}.{table}.{column}");
            }
        }

        return found;
    }

    private static async Task<IReadOnlyList<string>> InSqliteAsync(string connectionString, string needle)
    {
        var found = new List<string>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            await using var search = connection.CreateCommand();
            search.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE '%' || $needle || '%')";
            search.Parameters.AddWithValue("$needle", needle);
            if ((long)(await search.ExecuteScalarAsync())! == 1)
            {
                found.Add($"{table}.{column}");
            }
        }

        return found;
    }
}
