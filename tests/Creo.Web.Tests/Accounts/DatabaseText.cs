using Npgsql;

namespace Creo.Web.Tests.Accounts;

/// <summary>Searches every text column of every table for a string: proof that a secret or prompt is not stored.</summary>
internal static class DatabaseText
{
    public static async Task<bool> ContainsAsync(Creo.Testing.TestDatabase database, string needle) =>
        (await ColumnsContainingAsync(database, needle)).Count > 0;

    /// <summary>Every <c>schema.table.column</c> holding <paramref name="needle"/> in some row.</summary>
    public static async Task<IReadOnlyList<string>> ColumnsContainingAsync(Creo.Testing.TestDatabase database, string needle)
    {
        var found = new List<string>();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_schema, table_name, column_name FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog','information_schema') AND data_type IN ('text','character varying','json','jsonb')",
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
            await using var search = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{schema}\".\"{table}\" WHERE \"{column}\"::text LIKE '%' || @needle || '%')", connection);
            search.Parameters.AddWithValue("needle", needle);
            if ((bool)(await search.ExecuteScalarAsync())!)
            {
                found.Add($"{schema}.{table}.{column}");
            }
        }

        return found;
    }
}
