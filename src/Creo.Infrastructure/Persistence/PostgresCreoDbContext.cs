namespace Creo.Infrastructure.Persistence;

/// <summary>Production: PostgreSQL, one schema per module.</summary>
public sealed class PostgresCreoDbContext(DbContextOptions<PostgresCreoDbContext> options) : CreoDbContext(options);
