namespace Creo.Infrastructure.Persistence;

/// <summary>The provider settings, shared by the app, the design-time factories and the tests.</summary>
public static class DatabaseOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static DbContextOptionsBuilder UseCreoSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder UseCreoPostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, ModuleSchemas.Common))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptions<SqliteCreoDbContext> ForSqlite(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SqliteCreoDbContext>();
        builder.UseCreoSqlite(connectionString);
        return builder.Options;
    }

    public static DbContextOptions<PostgresCreoDbContext> ForPostgres(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PostgresCreoDbContext>();
        builder.UseCreoPostgres(connectionString);
        return builder.Options;
    }
}
