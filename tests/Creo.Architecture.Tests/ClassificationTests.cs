using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Infrastructure.Persistence.Classification;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Creo.Architecture.Tests;

/// <summary>Architecture rule 12: every stored property says what it is, why, how long, and how export and erasure treat it.</summary>
public sealed class ClassificationTests
{
    private const string InventoryPath = "docs/data-inventory.md";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Every_stored_property_is_classified(DatabaseProvider provider)
    {
        var unclassified = DataInventory.StoredValues(ModelFor(provider))
            .Where(v => v.Classification is null)
            .Select(v => $"{v.Entity}.{v.Property} ({v.Table}.{v.Column})")
            .ToList();

        Assert.True(unclassified.Count == 0, "Classify these properties in their EF configuration: " + string.Join(", ", unclassified));
    }

    [Fact]
    public void The_committed_data_inventory_is_generated_from_the_model()
    {
        var expected = DataInventory.Render(ModelFor(DatabaseProvider.Postgres));
        var path = RepositoryPaths.Combine(InventoryPath);
        if (Environment.GetEnvironmentVariable("CREO_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{InventoryPath} is missing; run CREO_UPDATE_DOCS=1 bash scripts/test.sh");
        Assert.True(File.ReadAllText(path) == expected, $"{InventoryPath} is stale; run CREO_UPDATE_DOCS=1 bash scripts/test.sh and commit it");
    }

    [Fact]
    public void Every_table_lives_in_the_schema_of_the_module_that_owns_its_entity()
    {
        foreach (var entity in ModelFor(DatabaseProvider.Postgres).GetEntityTypes())
        {
            var module = entity.ClrType.Namespace!.Split('.') is ["Creo", "Domain", var segment, ..] ? segment.ToLowerInvariant() : ModuleSchemas.Common;
            Assert.Equal(module, entity.GetSchema());
        }
    }

    /// <summary>The classification is only built outside the EF tools; the model is built without a server.</summary>
    private static IModel ModelFor(DatabaseProvider provider)
    {
        using CreoDbContext context = provider == DatabaseProvider.Postgres
            ? new PostgresCreoDbContext(DatabaseOptions.ForPostgres("Host=127.0.0.1;Database=unused"))
            : new SqliteCreoDbContext(DatabaseOptions.ForSqlite("Data Source=:memory:"));
        return DataInventory.ModelOf(context);
    }
}
