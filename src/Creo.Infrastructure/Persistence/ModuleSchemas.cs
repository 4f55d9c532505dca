namespace Creo.Infrastructure.Persistence;

/// <summary>
/// Each module's tables live in a schema of their own on PostgreSQL (architecture rule 7). SQLite has no
/// schemas, so there the schema becomes a table-name prefix instead (see <see cref="SqliteCreoDbContext"/>).
/// </summary>
public static class ModuleSchemas
{
    public const string Common = "common";
    public const string Accounts = "accounts";
    public const string Generations = "generations";
    public const string Credits = "credits";
    public const string Billing = "billing";
    public const string Privacy = "privacy";
}
