namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>Reads OpenAI's error bodies and tells a model's refusal from a host failure.</summary>
internal static class OpenAIErrors
{
    /// <summary>An error body is small; a larger one is not read (an HTML page from a proxy, say).</summary>
    private const int MaxErrorBytes = 16 * 1024;

    /// <summary>
    /// The codes OpenAI answers (with 400) when its safety system refuses the prompt or the image: DALL·E says
    /// <c>content_policy_violation</c>, <c>gpt-image-1</c> says <c>moderation_blocked</c>.
    /// </summary>
    private static readonly HashSet<string> RefusalCodes = new(StringComparer.Ordinal) { "content_policy_violation", "moderation_blocked" };

    public static bool IsRefusal(HttpStatusCode status, OpenAIError? error) =>
        status == HttpStatusCode.BadRequest && CodeOf(error) is { } code && RefusalCodes.Contains(code);

    /// <summary><c>code</c> is a string for OpenAI; some compatible hosts send a number.</summary>
    public static string? CodeOf(OpenAIError? error) => error?.Code switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        _ => null,
    };

    public static async Task<OpenAIError?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || response.Content.Headers.ContentLength > MaxErrorBytes)
        {
            return null;
        }

        try
        {
            var body = await BoundedBody.ReadAsync(response.Content, MaxErrorBytes, cancellationToken);
            return body is null ? null : JsonSerializer.Deserialize(body, OpenAIJson.Default.OpenAIErrorBody)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
