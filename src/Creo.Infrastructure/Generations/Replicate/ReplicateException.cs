using System.Net.Http.Json;
using Creo.Application.Generations.Providers.Health;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>
/// Replicate refused or could not be read. The message holds the status and Replicate's own problem title and
/// detail, never a request or response body: Hangfire stores the messages of failed jobs, and both bodies hold the prompt.
/// </summary>
internal sealed class ReplicateException : Exception, IHostFailureKind
{
    private const int MaxDetailLength = 300;

    public ReplicateException(string message)
        : base(message)
    {
    }

    private ReplicateException(string message, HttpStatusCode statusCode)
        : base(message) => StatusCode = statusCode;

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Worth trying again later: Replicate was busy or failing, not refusing this request.</summary>
    public bool IsTransient => StatusCode is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;

    /// <summary>
    /// For the host's breaker: failing, busy or unreadable counts; a clean 4xx about this request (bad input, a model
    /// Replicate does not know) means Replicate answered.
    /// </summary>
    public bool IsHostFailure => StatusCode is null or HttpStatusCode.RequestTimeout || IsTransient;

    /// <param name="prompt">Taken out of anything Replicate says back, should it quote the input in a validation error.</param>
    public static async Task<ReplicateException> FromResponseAsync(HttpResponseMessage response, string? prompt, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var message = string.Create(CultureInfo.InvariantCulture, $"Replicate answered {status} ({response.ReasonPhrase ?? response.StatusCode.ToString()})");
        var problem = await ReadProblemAsync(response, cancellationToken);
        var explanation = string.Join(": ", new[] { problem?.Title, problem?.Detail }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
        if (explanation.Length > 0)
        {
            if (!string.IsNullOrEmpty(prompt))
            {
                explanation = explanation.Replace(prompt, "[prompt]", StringComparison.Ordinal);
            }

            message += ": " + (explanation.Length > MaxDetailLength ? explanation[..MaxDetailLength] + "…" : explanation);
        }

        return new ReplicateException(message + ".", response.StatusCode);
    }

    private static async Task<ReplicateProblem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(ReplicateJson.Default.ReplicateProblem, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
