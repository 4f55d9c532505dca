using Creo.Application.Generations.Providers.Health;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>
/// fal refused or could not be read. The message holds the status only, never a body: bodies echo the input, prompt
/// included, and Hangfire stores the messages of failed jobs.
/// </summary>
internal sealed class FalException(string message, HttpStatusCode? statusCode = null) : Exception(message), IHostFailureKind
{
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>
    /// For the host's breaker: failing, busy, slow or unreadable counts; a clean 4xx about this request (an input the
    /// model does not take, 422) means fal answered, and its models stay on offer.
    /// </summary>
    public bool IsHostFailure => StatusCode is null or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;

    public static FalException Answered(HttpResponseMessage response) =>
        new(string.Create(CultureInfo.InvariantCulture, $"fal answered {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()})."), response.StatusCode);
}
