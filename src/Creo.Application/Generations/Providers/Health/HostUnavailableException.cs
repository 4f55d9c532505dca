namespace Creo.Application.Generations.Providers.Health;

/// <summary>
/// New work for a host whose breaker is open: 503 with <c>Retry-After</c>, before anything is written or held. The message is
/// the one a person sees ("Replicate is not answering; …"): no internals.
/// </summary>
public sealed class HostUnavailableException(string host, TimeSpan retryAfter)
    : CodedException(ProblemCode, HostNames.NotAnswering(host))
{
    public const string ProblemCode = "host-unavailable";

    public string Host { get; } = host;

    /// <summary>Whole seconds, at least one, as the <c>Retry-After</c> header takes them.</summary>
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
