using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// The studio with tight upload limits, so each one is a request or two away: a 1-megapixel budget, one decode at
/// a time, three uploads per account per 10 minutes. On both shapes (PostgreSQL with S3, so deletes reach a bucket).
/// </summary>
public abstract class UploadLimitsApp(DatabaseProvider provider) : StudioApp(provider)
{
    public const int UploadsPerAccount = 3;

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Uploads:MaxMegapixels"] = "1";
        settings["Uploads:MaxConcurrentDecodes"] = "1";
        settings["RateLimits:UploadsPerAccount"] = UploadsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class EmbeddedUploadLimitsApp() : UploadLimitsApp(DatabaseProvider.Sqlite);

public sealed class PostgresUploadLimitsApp() : UploadLimitsApp(DatabaseProvider.Postgres)
{
    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithS3Storage();
    }
}
