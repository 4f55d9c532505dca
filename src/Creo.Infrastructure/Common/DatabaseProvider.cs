namespace Creo.Infrastructure.Common;

/// <summary><c>Database__Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
