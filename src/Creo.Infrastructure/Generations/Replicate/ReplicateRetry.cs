using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>
/// A few quick retries for Replicate's passing troubles. A rate limit (429) is retried for any request, as Replicate
/// did nothing with it. Other transient failures (5xx, timeouts, dropped connections) are retried only where a
/// repeat is harmless: reads and cancels. A create that failed that way may still have started a billed run, so it
/// surfaces as a transient <see cref="ReplicateException"/> and the job decides.
/// </summary>
internal static class ReplicateRetry
{
    /// <summary>A longer wait than this belongs to the job's next attempt, not to a worker thread holding a request.</summary>
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldRetryAfterHeader = false,
            ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context)),
            DelayGenerator = arguments => ValueTask.FromResult(RetryAfter(arguments.Outcome.Result)),
        });

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        return HttpClientResiliencePredicates.IsTransient(outcome) && request is not null && RepeatsHarmlessly(request);
    }

    private static bool RepeatsHarmlessly(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get
        || (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal) == true);

    /// <summary>Replicate says when to come back (<c>Retry-After</c>); null falls back to the exponential backoff.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } delay ? TimeSpan.FromTicks(Math.Clamp(delay.Ticks, 0, MaxRetryAfter.Ticks)) : null;
    }
}
