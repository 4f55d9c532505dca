namespace Creo.Application.Common.Errors;

/// <summary>
/// Something this request needs is not answering for now (a model's host whose breaker is open): 503, with
/// <c>Retry-After</c> saying when to try again. Thrown before anything is written, so a retry starts clean.
/// </summary>
public sealed class ServiceUnavailableException(string code, string message, TimeSpan retryAfter) : CodedException(code, message)
{
    /// <summary>Whole seconds, at least one, as the <c>Retry-After</c> header takes them.</summary>
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
