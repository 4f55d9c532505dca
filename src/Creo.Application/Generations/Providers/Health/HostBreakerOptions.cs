using Creo.Application.Common.Settings;

namespace Creo.Application.Generations.Providers.Health;

/// <summary><c>Generation__HostBreaker__…</c>: when a failing host's models stop being offered, and for how long.</summary>
public sealed class HostBreakerOptions
{
    public const string Section = "Generation:HostBreaker";

    /// <summary>This many failed calls in a row to one host open its breaker.</summary>
    [MinimumSetting("Generation__HostBreaker__FailuresToOpen", 1)]
    public int FailuresToOpen { get; set; } = 5;

    /// <summary>How long an open breaker refuses new work before one trial call may test the host again.</summary>
    [MinimumSetting("Generation__HostBreaker__OpenSeconds", 1)]
    public int OpenSeconds { get; set; } = 60;

    public TimeSpan OpenFor => TimeSpan.FromSeconds(OpenSeconds);
}
