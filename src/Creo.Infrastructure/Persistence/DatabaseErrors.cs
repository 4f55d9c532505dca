using Microsoft.Data.Sqlite;
using Npgsql;

namespace Creo.Infrastructure.Persistence;

/// <summary>Reads constraint violations of both providers by the constraint's name.</summary>
internal sealed class DatabaseErrors(CreoDbContext context) : IDatabaseErrors
{
    private const int SqliteConstraintError = 19;

    // SQLite's extended result codes for a unique index and a primary key (SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY).
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    public bool IsViolationOf(Exception exception, string constraintName)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when postgres.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation:
                    return postgres.ConstraintName == constraintName;
                case SqliteException sqlite when sqlite.SqliteErrorCode == SqliteConstraintError:
                    return SqliteMessageNames(sqlite.Message, constraintName);
            }
        }

        return false;
    }

    public bool IsUniqueViolation(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return postgres.SqlState == PostgresErrorCodes.UniqueViolation;
                case SqliteException sqlite:
                    return sqlite.SqliteExtendedErrorCode is SqliteUniqueViolation or SqlitePrimaryKeyViolation;
            }
        }

        return false;
    }

    /// <summary>SQLite names a check constraint by its name, but a unique index only by its table and columns.</summary>
    private bool SqliteMessageNames(string message, string constraintName)
    {
        if (message.Contains(constraintName, StringComparison.Ordinal))
        {
            return true;
        }

        var index = context.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()).FirstOrDefault(i => i.GetDatabaseName() == constraintName);
        if (index?.DeclaringEntityType.GetTableName() is not { } table)
        {
            return false;
        }

        var columns = string.Join(", ", index.Properties.Select(p => $"{table}.{p.GetColumnName()}"));
        return message.Contains($"UNIQUE constraint failed: {columns}", StringComparison.Ordinal);
    }
}
