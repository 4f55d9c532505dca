using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Common;

public abstract class MigrationTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    [Fact]
    public async Task The_migrations_cover_every_change_to_the_model()
    {
        await using var db = App.Database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {Provider} model has changes no migration covers: run `dotnet ef migrations add <Name> --context {Provider}CreoDbContext` (see README).");
    }

    [Fact]
    public async Task Start_up_applies_every_migration()
    {
        await using var db = App.Database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(DatabaseProvider.Sqlite);

public sealed class PostgresMigrationTests() : MigrationTests(DatabaseProvider.Postgres);
