namespace Creo.Infrastructure.Generations.Fal;

/// <summary>
/// fal refused or could not be read. The message holds the status only, never a body: bodies echo the input, prompt
/// included, and Hangfire stores the messages of failed jobs.
/// </summary>
internal sealed class FalException(string message, HttpStatusCode? statusCode = null) : Exception(message)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;

    public static FalException Answered(HttpResponseMessage response) =>
        new(string.Create(CultureInfo.InvariantCulture, $"fal answered {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()})."), response.StatusCode);
}
