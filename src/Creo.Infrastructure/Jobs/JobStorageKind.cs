namespace Creo.Infrastructure.Jobs;

/// <summary><c>Jobs__Storage</c>: Hangfire keeps jobs in memory (embedded default) or in PostgreSQL (production, several instances).</summary>
public enum JobStorageKind
{
    InMemory,
    Postgres,
}
