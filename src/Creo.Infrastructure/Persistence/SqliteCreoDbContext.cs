using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Creo.Infrastructure.Persistence;

/// <summary>The embedded default: one SQLite file in the data directory.</summary>
public sealed class SqliteCreoDbContext(DbContextOptions<SqliteCreoDbContext> options) : CreoDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTimeOffset as text, which cannot be compared or ordered in SQL; a sortable
        // integer keeps "newest first" and "older than 30 days" queries in the database.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // No schemas in SQLite: keep each module's tables apart by prefixing the table name with the schema.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var schema = entity.GetSchema();
            if (schema is not null && entity.GetTableName() is { } table)
            {
                entity.SetTableName($"{schema}_{table}");
                entity.SetSchema(null);
            }
        }
    }
}
