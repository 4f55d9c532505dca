using Creo.Application.Accounts;
using Creo.Application.Credits;
using Creo.Application.Generations;
using Creo.Application.Privacy;
using Creo.Infrastructure.Billing;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Settings;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Infrastructure.Generations.Uploads;
using Creo.Infrastructure.Jobs;
using Creo.Infrastructure.Mail;
using Creo.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Tests.Common;

/// <summary>
/// The generated validators of every options class: the defaults (the embedded install sets nothing) pass, and each
/// declared range, URL and mailbox refuses a bad value with one line naming the environment variable.
/// </summary>
public sealed class SettingsValidatorsTests
{
    [Fact]
    public void The_defaults_of_every_options_class_pass()
    {
        Assert.True(new CreoOptionsValidator().Validate(null, new CreoOptions()).Succeeded);
        Assert.True(new CreditsOptionsValidator().Validate(null, new CreditsOptions()).Succeeded);
        Assert.True(new GenerationsOptionsValidator().Validate(null, new GenerationsOptions()).Succeeded);
        Assert.True(new DeletionOptionsValidator().Validate(null, new DeletionOptions()).Succeeded);
        Assert.True(new StaffOptionsValidator().Validate(null, new StaffOptions()).Succeeded);
        Assert.True(new EmailOptionsValidator().Validate(null, new EmailOptions()).Succeeded);
        Assert.True(new JobsOptionsValidator().Validate(null, new JobsOptions()).Succeeded);
        Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions()).Succeeded);
        Assert.True(new UploadsOptionsValidator().Validate(null, new UploadsOptions()).Succeeded);
        Assert.True(new ReplicateOptionsValidator().Validate(null, new ReplicateOptions()).Succeeded);
        Assert.True(new StripeOptionsValidator().Validate(null, new StripeOptions()).Succeeded);
        Assert.True(new StripeKeysValidator().Validate(null, new StripeOptions()).Succeeded);
        Assert.True(new JobsOutlastClaimLeaseValidator(Options.Create(new GenerationsOptions())).Validate(null, new JobsOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    public void The_deletion_grace_is_taken_as_written_inside_0_to_30_days(int days)
    {
        var options = new DeletionOptions { DeletionGraceDays = days };

        Assert.True(new DeletionOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromDays(days), options.Grace);
    }

    [Fact]
    public void A_deletion_grace_above_30_days_is_refused_not_clamped()
    {
        var options = new DeletionOptions { DeletionGraceDays = 45 };

        Assert.Equal(["Privacy__DeletionGraceDays must be between 0 and 30; got 45."], Failures(new DeletionOptionsValidator().Validate(null, options)));
        Assert.Equal(TimeSpan.FromDays(45), options.Grace);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("StartTls")]
    [InlineData("sslonconnect")]
    [InlineData("None")]
    public void Every_mailkit_security_name_in_any_case_passes(string security) =>
        Assert.True(new EmailOptionsValidator().Validate(null, new EmailOptions { Smtp = new() { Security = security } }).Succeeded);

    [Fact]
    public void Nested_smtp_settings_are_checked_and_named_in_full()
    {
        var options = new EmailOptions { From = "no-reply", Smtp = new() { Port = 0, Security = "tls" } };

        var failures = Failures(new EmailOptionsValidator().Validate(null, options));

        Assert.Contains("Email__From must be a mailbox such as 'Crëo <no-reply@creo.example>' or no-reply@creo.example; got 'no-reply'.", failures);
        Assert.Contains("Email__Smtp__Port must be between 1 and 65535; got 0.", failures);
        Assert.Contains("Email__Smtp__Security must be one of Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable; got 'tls'.", failures);
        Assert.Equal(3, failures.Count);
    }

    [Fact]
    public void Durations_must_be_above_zero_and_the_output_link_at_most_an_hour()
    {
        var options = new GenerationsOptions
        {
            ClaimLease = TimeSpan.Zero,
            PollInterval = TimeSpan.FromSeconds(-1),
            OutputUrlLifetime = TimeSpan.FromHours(2),
            MaxAttempts = 0,
            MaxOutputBytes = 0,
            Provider = "midjourney",
        };

        var failures = Failures(new GenerationsOptionsValidator().Validate(null, options));

        Assert.Contains("Generation__ClaimLease must be a duration above zero (hh:mm:ss); got 00:00:00.", failures);
        Assert.Contains("Generation__PollInterval must be a duration above zero (hh:mm:ss); got -00:00:01.", failures);
        Assert.Contains("Generation__OutputUrlLifetime must be at most 01:00:00; got 02:00:00.", failures);
        Assert.Contains("Generation__MaxAttempts must be at least 1; got 0.", failures);
        Assert.Contains("Generation__MaxOutputBytes must be at least 1; got 0.", failures);
        Assert.Contains("Generation__Provider must be one of local, replicate; got 'midjourney'.", failures);
    }

    [Fact]
    public void Counts_that_must_be_positive_or_not_negative_are_refused_below()
    {
        Assert.Equal(["Jobs__WorkerCount must be at least 1; got 0."], Failures(new JobsOptionsValidator().Validate(null, new JobsOptions { WorkerCount = 0 })));
        Assert.Equal(["Uploads__MaxConcurrentDecodes must be at least 1; got 0."], Failures(new UploadsOptionsValidator().Validate(null, new UploadsOptions { MaxConcurrentDecodes = 0 })));
        Assert.Equal(["Credits__StarterGrant must be at least 0; got -1."], Failures(new CreditsOptionsValidator().Validate(null, new CreditsOptions { StarterGrant = -1 })));
        Assert.Equal(
            ["Staff__SupportDailyCreditLimit must be at least 0; got -5."],
            Failures(new StaffOptionsValidator().Validate(null, new StaffOptions { SupportDailyCreditLimit = -5 })));
    }

    [Fact]
    public void Urls_must_be_absolute_http_or_https()
    {
        Assert.Equal(
            ["Replicate__WebhookUrl must be an absolute http(s) URL such as https://example.com; got 'webhooks/replicate'."],
            Failures(new ReplicateOptionsValidator().Validate(null, new ReplicateOptions { WebhookUrl = new Uri("webhooks/replicate", UriKind.Relative) })));
        Assert.Equal(
            ["Stripe__ApiBase must be an absolute http(s) URL such as https://example.com; got 'ftp://stripe.example/'."],
            Failures(new StripeOptionsValidator().Validate(null, new StripeOptions { ApiBase = new Uri("ftp://stripe.example/") })));
        Assert.Equal(
            ["Storage__S3__ServiceUrl must be an absolute http(s) URL such as https://example.com; got 'r2.example'."],
            Failures(new StorageOptionsValidator().Validate(null, new StorageOptions { S3 = new() { ServiceUrl = "r2.example" } })));
    }

    [Theory]
    [InlineData("sk_x", null, "Stripe__WebhookSecret must be set when Stripe__SecretKey is (both or neither); got only Stripe__SecretKey.")]
    [InlineData(" ", "whsec_x", "Stripe__SecretKey must be set when Stripe__WebhookSecret is (both or neither); got only Stripe__WebhookSecret.")]
    public void One_stripe_secret_without_the_other_is_refused(string? key, string? secret, string line) =>
        Assert.Equal([line], Failures(new StripeKeysValidator().Validate(null, new StripeOptions { SecretKey = key, WebhookSecret = secret })));

    [Theory]
    [InlineData("00:02:00", false)]
    [InlineData("00:01:59", false)]
    [InlineData("00:02:01", true)]
    public void The_job_invisibility_must_outlast_the_generation_claim(string invisibility, bool passes)
    {
        var validator = new JobsOutlastClaimLeaseValidator(Options.Create(new GenerationsOptions { ClaimLease = TimeSpan.FromMinutes(2) }));

        var result = validator.Validate(null, new JobsOptions { InvisibilityTimeout = TimeSpan.Parse(invisibility, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(passes, result.Succeeded);
        if (!passes)
        {
            Assert.Equal([$"Jobs__InvisibilityTimeout must be longer than Generation__ClaimLease (00:02:00); got {invisibility}."], Failures(result));
        }
    }

    [Fact]
    public void A_replicate_model_whose_default_width_is_outside_its_range_names_the_setting()
    {
        var model = new ReplicateModelOptions { Id = "m", Name = "M", ProviderModel = "owner/name", Version = "official" };
        model.Width.Default = 2048;
        var options = new ReplicateOptions { ApiToken = "r8_x", Models = [model] };

        var refused = Assert.Throws<InvalidOperationException>(() => options.ModelDefinitions());

        Assert.StartsWith("Replicate__Models__0__Width needs 1 <= Min <= Max", refused.Message, StringComparison.Ordinal);
    }

    private static List<string> Failures(ValidateOptionsResult result) => [.. result.Failures ?? []];
}
