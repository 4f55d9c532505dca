using Creo.Infrastructure.Jobs;
using Creo.Infrastructure.Mail;
using Creo.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Creo.Infrastructure.Common;

/// <summary>
/// The lines a first start prints about where Crëo keeps things: the database, the job storage, the media store and
/// where mail goes, read from the same settings the registrations read. It names files, hosts, databases and buckets,
/// never a user name, password or key: the block is meant to be pasted into a support question.
/// </summary>
public static class StartupSummary
{
    public static IReadOnlyList<string> Describe(IConfiguration configuration)
    {
        var dataDirectory = DataDirectory.Resolve(configuration);
        return [Database(configuration, dataDirectory), Jobs(configuration), Media(configuration, dataDirectory), Mail(configuration, dataDirectory)];
    }

    private static string Database(IConfiguration configuration, string dataDirectory)
    {
        var connectionString = configuration.GetConnectionString("Creo");
        if (configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.Postgres)
        {
            var postgres = new NpgsqlConnectionStringBuilder(connectionString);
            var port = postgres.Port == NpgsqlConnection.DefaultPort ? string.Empty : $":{postgres.Port}";
            return $"Database: PostgreSQL, database {postgres.Database ?? "(its default)"} on {postgres.Host}{port}";
        }

        // The same default AddCreoInfrastructure opens: creo.db in the data directory.
        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataDirectory, "creo.db")}" : connectionString);
        var file = sqlite.DataSource is "" or ":memory:" ? "in memory" : Path.GetFullPath(sqlite.DataSource);
        return $"Database: SQLite, {file}";
    }

    private static string Jobs(IConfiguration configuration) =>
        (configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions()).Storage == JobStorageKind.Postgres
            ? "Jobs: Hangfire on the PostgreSQL database"
            : "Jobs: Hangfire in memory (queued jobs are lost when Crëo stops)";

    private static string Media(IConfiguration configuration, string dataDirectory)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StorageProvider.S3)
        {
            var endpoint = Uri.TryCreate(storage.S3.ServiceUrl, UriKind.Absolute, out var url) ? $" at {url.GetLeftPart(UriPartial.Authority)}" : string.Empty;
            return $"Media: S3 bucket {storage.S3.Bucket}{endpoint}";
        }

        var root = string.IsNullOrWhiteSpace(storage.RootPath) ? Path.Combine(dataDirectory, "media") : Path.GetFullPath(storage.RootPath);
        return $"Media: files under {root}";
    }

    private static string Mail(IConfiguration configuration, string dataDirectory)
    {
        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (!string.IsNullOrWhiteSpace(email.Smtp.Host))
        {
            return $"Mail: sent through SMTP at {email.Smtp.Host}:{email.Smtp.Port}";
        }

        var directory = string.IsNullOrWhiteSpace(email.PickupDirectory) ? Path.Combine(dataDirectory, "mail") : Path.GetFullPath(email.PickupDirectory);
        return $"Mail: not sent; each message (sign-in links too) is written as an .eml file to {directory}";
    }
}
