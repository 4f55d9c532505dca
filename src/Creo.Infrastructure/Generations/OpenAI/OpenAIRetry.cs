namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// Retries what OpenAI says did not run: 429 (rate limit) and 5xx, with exponential backoff and jitter, waiting as
/// long as the host's <c>Retry-After</c> (or OpenAI's <c>retry-after-ms</c>) asks, within limits. Timeouts and dropped
/// connections are not retried: the host may be generating, and billing, still. The caller's deadline (the model's
/// run time) bounds the waits too. A loop here rather than the resilience handler Replicate's client uses: each attempt
/// is a fresh request (its multipart body built again), and a resent message hung against the stand-in through it.
/// </summary>
internal static class OpenAIRetry
{
    public const int MaxRetryAttempts = 3;

    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(20);

    /// <summary>Sends a request made by <paramref name="create"/>, again while the answer is worth retrying; returns the last answer, headers read.</summary>
    public static async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, HttpClient http, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var message = create();
            var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (attempt == MaxRetryAttempts || response.StatusCode is not (HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError))
            {
                return response;
            }

            var wait = RetryAfter(response) ?? Backoff(attempt);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(FirstDelay.TotalMilliseconds * Math.Pow(2, attempt) * (0.75 + (Random.Shared.NextDouble() / 2)));

    /// <summary>The host's own wait, or null for the exponential backoff.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
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
