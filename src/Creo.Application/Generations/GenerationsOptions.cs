using Creo.Application.Common.Settings;

namespace Creo.Application.Generations;

public sealed class GenerationsOptions
{
    public const string Section = "Generation";

    /// <summary><c>Generation__Provider</c>: which provider's models the studio offers first.</summary>
    [OneOfSetting("Generation__Provider", Providers.ProviderNames.Local, Providers.ProviderNames.Replicate)]
    public string Provider { get; set; } = Providers.ProviderNames.Local;

    /// <summary>
    /// A worker owns a run this long; a duplicate of the job stands back until then. A run whose worker died is run
    /// again once this has lapsed: by its own job when Hangfire hands that to another server (<c>Jobs__InvisibilityTimeout</c>,
    /// which is why that is longer), or by the reconciliation job, whichever comes first.
    /// </summary>
    [DurationSetting("Generation__ClaimLease")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Runs that end in an error this many times fail for good and give their credits back.</summary>
    [MinimumSetting("Generation__MaxAttempts", 1)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How often a running prediction is polled when no webhook has told us it finished.</summary>
    [DurationSetting("Generation__PollInterval")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A queued generation with no run after this long is enqueued again by the reconciliation job.</summary>
    [DurationSetting("Generation__QueuedGrace")]
    public TimeSpan QueuedGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>Generation__MaxOutputBytes</c>: the largest output copied from a provider. Outputs are held in memory while
    /// they are checked, so this bounds what one hostile or broken answer can cost a worker.
    /// </summary>
    [MinimumSetting("Generation__MaxOutputBytes", 1)]
    public long MaxOutputBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long output URLs work; the policy caps it at one hour.</summary>
    [DurationSetting("Generation__OutputUrlLifetime", "01:00:00")]
    public TimeSpan OutputUrlLifetime { get; set; } = TimeSpan.FromHours(1);
}
