namespace Creo.Infrastructure.Persistence;

/// <summary>
/// The database is behind this build's migrations and this instance may not apply them (<c>Database__MigrateOnStart=false</c>).
/// Running on anyway would fail at the first query that meets a missing column, so the app stops before it takes requests.
/// </summary>
public sealed class PendingMigrationsException(IReadOnlyList<string> pending)
    : Exception(
        $"The database is {pending.Count} migration(s) behind this build (next: {pending[0]}) and Database__MigrateOnStart is false: " +
        "run the migrate step (`dotnet Creo.Web.dll migrate`) first, then start this instance again.")
{
    public IReadOnlyList<string> Pending { get; } = pending;
}
