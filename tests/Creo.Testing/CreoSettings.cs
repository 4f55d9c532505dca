using Creo.Infrastructure.Common;

namespace Creo.Testing;

/// <summary>The configuration a test host runs with, as the environment variables of api-contract.md would set it.</summary>
public static class CreoSettings
{
    public static Dictionary<string, string?> For(TestDatabase database, string dataDirectory)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Creo:DataDirectory"] = dataDirectory,
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Creo"] = database.ConnectionString,
            ["Jobs:Storage"] = "InMemory",
            ["Jobs:WorkerCount"] = "2",
        };
        return settings.WithDataProtectionCertificate();
    }

    /// <summary>Encrypts the key ring at rest, as every host outside Development must (see <see cref="DataProtectionCertificate"/>).</summary>
    public static Dictionary<string, string?> WithDataProtectionCertificate(this Dictionary<string, string?> settings)
    {
        settings["DataProtection:CertificatePath"] = DataProtectionCertificate.Path;
        settings["DataProtection:CertificatePassword"] = DataProtectionCertificate.Password;
        return settings;
    }

    public static Dictionary<string, string?> WithPostgresJobs(this Dictionary<string, string?> settings)
    {
        if (settings["Database:Provider"] != nameof(DatabaseProvider.Postgres))
        {
            throw new InvalidOperationException("Hangfire on PostgreSQL needs the PostgreSQL database provider.");
        }

        settings["Jobs:Storage"] = "Postgres";
        return settings;
    }

    public static Dictionary<string, string?> WithS3Storage(this Dictionary<string, string?> settings)
    {
        settings["Storage:Provider"] = "S3";
        settings["Storage:S3:ServiceUrl"] = TestServices.S3ServiceUrl;
        settings["Storage:S3:AccessKeyId"] = TestServices.S3AccessKey;
        settings["Storage:S3:SecretAccessKey"] = TestServices.S3SecretKey;
        settings["Storage:S3:Bucket"] = TestServices.S3Bucket;
        settings["Storage:S3:Region"] = "us-east-1";
        return settings;
    }

    public static Dictionary<string, string?> WithSmtp(this Dictionary<string, string?> settings)
    {
        settings["Email:Smtp:Host"] = TestServices.SmtpHost;
        settings["Email:Smtp:Port"] = TestServices.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:Smtp:Security"] = "None";
        return settings;
    }
}
