using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.Configuration;

namespace Creo.Infrastructure.Tests.Common;

/// <summary>
/// The start-up block's lines for a production configuration: where each thing is, and never a secret, although the
/// settings it reads hold the database password, the SMTP password and the S3 keys.
/// </summary>
public sealed class StartupSummaryTests
{
    [Fact]
    public void Production_settings_name_hosts_database_and_bucket_and_no_secret()
    {
        using var data = new TemporaryDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Creo:DataDirectory"] = data.Path,
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Creo"] = "Host=db.internal;Port=6432;Database=creo;Username=creo_app;Password=db-secret-123",
            ["Jobs:Storage"] = "Postgres",
            ["Storage:Provider"] = "S3",
            ["Storage:S3:ServiceUrl"] = "https://account.r2.cloudflarestorage.com/some/path",
            ["Storage:S3:Bucket"] = "creo-media",
            ["Storage:S3:AccessKeyId"] = "AKIA-key-id",
            ["Storage:S3:SecretAccessKey"] = "s3-secret-456",
            ["Email:Smtp:Host"] = "smtp.example.com",
            ["Email:Smtp:Port"] = "465",
            ["Email:Smtp:Username"] = "mailer",
            ["Email:Smtp:Password"] = "smtp-secret-789",
        }).Build();

        var lines = StartupSummary.Describe(configuration);

        Assert.Equal(
            [
                "Database: PostgreSQL, database creo on db.internal:6432",
                "Jobs: Hangfire on the PostgreSQL database",
                "Media: S3 bucket creo-media at https://account.r2.cloudflarestorage.com",
                "Mail: sent through SMTP at smtp.example.com:465",
            ],
            lines);
        Assert.All(new[] { "secret", "creo_app", "AKIA", "mailer" }, secret => Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_embedded_default_names_the_files_in_the_data_directory()
    {
        using var data = new TemporaryDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Creo:DataDirectory"] = data.Path }).Build();

        Assert.Equal(
            [
                $"Database: SQLite, {Path.Combine(data.Path, "creo.db")}",
                "Jobs: Hangfire in memory (queued jobs are lost when Crëo stops)",
                $"Media: files under {Path.Combine(data.Path, "media")}",
                $"Mail: not sent; each message (sign-in links too) is written as an .eml file to {Path.Combine(data.Path, "mail")}",
            ],
            StartupSummary.Describe(configuration));
    }
}
