using Creo.Infrastructure.Persistence;

namespace Creo.Web.Common;

/// <summary>
/// The database's part of starting. <c>dotnet Creo.Web.dll migrate</c> is the deploy step: it applies the migrations (and
/// the recurring jobs and seed policy every start registers), says so and exits 0, before any instance of the new build
/// serves. A verb of the app itself, rather than an EF bundle or SQL script, needs no extra tool or file in the image,
/// runs the exact code (provider, history table, advisory lock) the app would, and is safe to run twice. Any other start
/// initialises as before, unless <c>Database__MigrateOnStart=false</c> and the database is behind: then it says so in
/// one line and exits non-zero rather than serve against a schema it does not know.
/// </summary>
internal static class DatabaseStartup
{
    public const string MigrateVerb = "migrate";

    /// <summary>The exit code when a migrated database does not let this instance start.</summary>
    public const int BehindExitCode = 3;

    /// <summary>The process's exit code when it should end here, or <c>null</c> to go on and serve.</summary>
    public static async Task<int?> InitializeDatabaseOrExitAsync(this WebApplication app, string[] args)
    {
        if (args is [MigrateVerb, ..])
        {
            await app.Services.InitializeCreoDatabaseAsync(migrate: true);
            await Console.Out.WriteLineAsync("Crëo migrate: the database is up to date with this build.");
            return 0;
        }

        try
        {
            await app.Services.InitializeCreoDatabaseAsync();
            return null;
        }
        catch (PendingMigrationsException behind)
        {
            await Console.Error.WriteLineAsync(behind.Message);
            return BehindExitCode;
        }
    }
}
