using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// Retries what OpenAI says did not run: 429 (rate limit) and 5xx, with exponential backoff, waiting as long as the
/// host's <c>Retry-After</c> (or OpenAI's <c>retry-after-ms</c>) asks, within limits. Timeouts and dropped connections
/// are not retried: the host may be generating, and billing, still. The provider's deadline (the model's run time)
/// bounds the waits too.
/// </summary>
internal static class OpenAIRetry
{
    public const int MaxRetryAttempts = 3;

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(20);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldRetryAfterHeader = false,
            ShouldHandle = arguments => ValueTask.FromResult(
                arguments.Outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError),
            DelayGenerator = arguments => ValueTask.FromResult(RetryAfter(arguments.Outcome.Result)),
        });

    /// <summary>The host's own wait, or null for the exponential backoff.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        if (response is null)
        {
            return null;
        }

        TimeSpan? wait = response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && double.IsFinite(milliseconds)
                ? TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, MaxRetryAfter.TotalMilliseconds))
                : null;
        var retryAfter = response.Headers.RetryAfter;
        wait ??= retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } delay ? TimeSpan.FromTicks(Math.Clamp(delay.Ticks, 0, MaxRetryAfter.Ticks)) : null;
    }
}
