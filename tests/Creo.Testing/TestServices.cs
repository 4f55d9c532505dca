namespace Creo.Testing;

/// <summary>
/// The real services the suites talk to, found through the variables <c>scripts/test.sh</c> exports after it
/// starts them. A missing variable fails the test with the way to fix it, never a silent skip.
/// </summary>
public static class TestServices
{
    public static string PostgresAdminConnectionString => Require("CREO_TEST_POSTGRES");

    public static string S3ServiceUrl => Require("CREO_TEST_S3_SERVICE_URL");

    public static string S3AccessKey => Require("CREO_TEST_S3_ACCESS_KEY");

    public static string S3SecretKey => Require("CREO_TEST_S3_SECRET_KEY");

    public static string S3Bucket => Require("CREO_TEST_S3_BUCKET");

    public static string SmtpHost => Require("CREO_TEST_SMTP_HOST");

    public static int SmtpPort => int.Parse(Require("CREO_TEST_SMTP_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The catcher's Maildir: every received mail lands in its <c>new/</c> folder.</summary>
    public static string SmtpMaildir => Require("CREO_TEST_SMTP_MAILDIR");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CREO_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set. Run the suite with `bash scripts/test.sh`, which starts PostgreSQL, the S3 and SMTP stand-ins and sets it.");
}
