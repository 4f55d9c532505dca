using Npgsql;

namespace Creo.Infrastructure.Persistence;

/// <summary>The PostgreSQL connection string Crëo and its Hangfire storage both use: the configured one, with our defaults.</summary>
public static class PostgresConnectionStrings
{
    /// <summary>How many distinct statements a connection keeps prepared: Crëo's hot paths are a few dozen.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the string says otherwise: a statement run a few times on a
    /// connection is parsed and planned once, which took a sixth off a submission here (docs/performance.md).
    /// <c>Max Auto Prepare=0</c> turns it off, e.g. behind a PgBouncer older than 1.21 in transaction mode.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
