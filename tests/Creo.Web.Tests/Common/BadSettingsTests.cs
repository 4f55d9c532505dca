using Creo.Testing;
using Creo.Web.Tests.Scale;

namespace Creo.Web.Tests.Common;

/// <summary>
/// A bad setting stops the real process at start (Program.cs, not a test host): exit code 78 (EX_CONFIG) and one line
/// on standard error naming the environment variable and what is wrong, no stack trace, and no database written.
/// </summary>
public sealed class BadSettingsTests
{
    private const string Refusal = "Crëo did not start: ";

    [Theory]
    [InlineData("Email__Smtp__Security", "bogus",
        "Email__Smtp__Security must be one of Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable; got 'bogus'.")]
    [InlineData("Email__Smtp__Security", "1",
        "Email__Smtp__Security must be one of Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable; got '1'.")]
    [InlineData("Email__From", "not a mailbox",
        "Email__From must be a mailbox such as 'Crëo <no-reply@creo.example>' or no-reply@creo.example; got 'not a mailbox'.")]
    [InlineData("Stripe__SecretKey", "sk_test_only",
        "Stripe__WebhookSecret must be set when Stripe__SecretKey is (both or neither); got only Stripe__SecretKey.")]
    [InlineData("Stripe__WebhookSecret", "whsec_only",
        "Stripe__SecretKey must be set when Stripe__WebhookSecret is (both or neither); got only Stripe__WebhookSecret.")]
    [InlineData("Jobs__InvisibilityTimeout", "00:02:00",
        "Jobs__InvisibilityTimeout must be longer than Generation__ClaimLease (00:02:00); got 00:02:00.")]
    [InlineData("Privacy__DeletionGraceDays", "31", "Privacy__DeletionGraceDays must be between 0 and 30; got 31.")]
    [InlineData("Privacy__DeletionGraceDays", "-1", "Privacy__DeletionGraceDays must be between 0 and 30; got -1.")]
    [InlineData("Creo__PublicBaseUrl", "",
        "Creo__PublicBaseUrl must be set outside Development to the origin people reach Crëo at (e.g. https://creo.example), "
        + "which sign-in links in mail are built on; got nothing in Production.")]
    [InlineData("Creo__PublicBaseUrl", "https://creo.example/studio",
        "Creo__PublicBaseUrl must be an http(s) origin such as https://creo.example, without a path; got 'https://creo.example/studio'.")]
    [InlineData("Generation__OutputUrlLifetime", "02:00:00", "Generation__OutputUrlLifetime must be at most 01:00:00; got 02:00:00.")]
    public async Task A_bad_setting_stops_the_start_with_one_line_naming_it(string setting, string value, string line)
    {
        using var directory = new TemporaryDirectory();
        var environment = GoodProduction(directory.Path);
        environment[setting] = value;

        var run = await RefusedStart.RunAsync(environment);

        Assert.Equal(78, run.ExitCode);
        Assert.Equal([Refusal + line], run.Errors);
        Assert.DoesNotContain(run.Output, text => text.Contains("Exception", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(directory.Path, "creo.db")), "The refused start wrote a database.");
    }

    [Fact]
    public async Task Every_bad_setting_is_named_at_once_each_on_its_own_line()
    {
        using var directory = new TemporaryDirectory();
        var environment = GoodProduction(directory.Path);
        environment["Email__Smtp__Security"] = "bogus";
        environment["Privacy__DeletionGraceDays"] = "60";

        var run = await RefusedStart.RunAsync(environment);

        Assert.Equal(78, run.ExitCode);
        Assert.Equal(2, run.Errors.Count);
        Assert.All(run.Errors, error => Assert.StartsWith(Refusal, error, StringComparison.Ordinal));
        Assert.Contains(run.Errors, error => error.Contains("Email__Smtp__Security", StringComparison.Ordinal));
        Assert.Contains(run.Errors, error => error.Contains("Privacy__DeletionGraceDays", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_a_missing_key_ring_certificate_is_one_line_too(string environmentName)
    {
        // Refused while the key ring is registered, before any options validator runs: still one line, still 78.
        using var directory = new TemporaryDirectory();
        var environment = GoodProduction(directory.Path);
        environment["ASPNETCORE_ENVIRONMENT"] = environmentName;
        environment["DataProtection__CertificatePath"] = null;

        var run = await RefusedStart.RunAsync(environment);

        Assert.Equal(78, run.ExitCode);
        var line = Assert.Single(run.Errors);
        Assert.StartsWith(Refusal + "DataProtection__CertificatePath must be set outside Development", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staging_without_a_public_origin_is_refused_as_production_is()
    {
        using var directory = new TemporaryDirectory();
        var environment = GoodProduction(directory.Path);
        environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        environment["Creo__PublicBaseUrl"] = null;

        var run = await RefusedStart.RunAsync(environment);

        Assert.Equal(78, run.ExitCode);
        var line = Assert.Single(run.Errors);
        Assert.StartsWith(Refusal + "Creo__PublicBaseUrl must be set outside Development", line, StringComparison.Ordinal);
        Assert.EndsWith("got nothing in Staging.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_production_configuration_with_every_checked_setting_starts()
    {
        using var directory = new TemporaryDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["Creo:DataDirectory"] = directory.Path,
            ["Email:From"] = "Crëo <no-reply@creo.example>",
            ["Email:Smtp:Security"] = "starttls",
            ["Email:Smtp:Port"] = "465",
            ["Stripe:SecretKey"] = "sk_test_both",
            ["Stripe:WebhookSecret"] = "whsec_both",
            ["Jobs:InvisibilityTimeout"] = "00:02:01",
            ["Generation:ClaimLease"] = "00:02:00",
            ["Privacy:DeletionGraceDays"] = "30",
        }.WithDataProtectionCertificate();

        await using var app = await CreoProcess.StartAsync("good", settings);

        using var ready = await app.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
    }

    /// <summary>Everything Production needs, so that the one setting a test spoils is the only thing wrong.</summary>
    private static Dictionary<string, string?> GoodProduction(string dataDirectory) => new()
    {
        ["Creo__DataDirectory"] = dataDirectory,
        ["Creo__PublicBaseUrl"] = "https://creo.example",
        ["DataProtection__CertificatePath"] = DataProtectionCertificate.Path,
        ["DataProtection__CertificatePassword"] = DataProtectionCertificate.Password,
    };
}
