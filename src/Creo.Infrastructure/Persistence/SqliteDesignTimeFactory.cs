using Microsoft.EntityFrameworkCore.Design;

namespace Creo.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteCreoDbContext</c> build the context without the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCreoDbContext>
{
    public SqliteCreoDbContext CreateDbContext(string[] args) => new(DatabaseOptions.ForSqlite("Data Source=design-time.db"));
}
