namespace Creo.Application.Generations.Providers.Health;

/// <summary>
/// The refusal of new work for a host whose breaker is open: 503 with <c>Retry-After</c>. Its message is the one a person
/// sees ("Replicate is not answering; …"): no internals.
/// </summary>
public static class HostRefusals
{
    public const string ProblemCode = "host-unavailable";

    public static ServiceUnavailableException NotAnswering(string host, TimeSpan retryAfter) =>
        new(ProblemCode, HostNames.NotAnswering(host), retryAfter);
}
