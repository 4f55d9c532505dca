using Microsoft.EntityFrameworkCore.Design;

namespace Creo.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresCreoDbContext</c> build the context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCreoDbContext>
{
    public PostgresCreoDbContext CreateDbContext(string[] args) => new(DatabaseOptions.ForPostgres("Host=localhost;Database=creo_design"));
}
