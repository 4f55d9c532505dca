using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Replicate;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>Reads fal's queue answers into the port's terms; anything unreadable is a <see cref="FalException"/> that names no body.</summary>
internal static partial class FalAnswers
{
    private const int MaxErrorLength = 300;

    public static async Task<FalQueueAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw FalException.Answered(response);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(FalJson.Default.FalQueueAnswer, cancellationToken)
                ?? throw new FalException("fal answered with an empty body.");
        }
        catch (JsonException)
        {
            // No inner exception: a body may echo the input, prompt included.
            throw new FalException("fal answered with a body that is not valid JSON.");
        }
    }

    public static bool IsRequestId(string? value) => value is not null && RequestId().IsMatch(value);

    public static string RequestIdOf(FalQueueAnswer answer) =>
        IsRequestId(answer.RequestId) ? answer.RequestId! : throw new FalException("fal answered a submit without a usable request_id.");

    /// <summary>
    /// The route fal keeps the request under, from its <c>status_url</c>: only when that lies under our queue base and
    /// names this request, so an answer can never send the key elsewhere. Null when it does not; the caller falls back
    /// to the model's app id.
    /// </summary>
    public static string? RouteOf(FalQueueAnswer answer, string requestId, Uri queueBase)
    {
        if (!Uri.TryCreate(answer.StatusUrl, UriKind.Absolute, out var statusUrl)
            || Uri.Compare(statusUrl, queueBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        var basePath = queueBase.AbsolutePath.TrimEnd('/') + "/";
        var suffix = $"/requests/{requestId}/status";
        var path = statusUrl.AbsolutePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal) || !path.EndsWith(suffix, StringComparison.Ordinal) || path.Length <= basePath.Length + suffix.Length)
        {
            return null;
        }

        var route = path[basePath.Length..^suffix.Length];
        return FalModelOptions.IsModelPath(route) ? route : null;
    }

    public static string? ErrorOf(JsonElement? error)
    {
        var text = error switch
        {
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            { ValueKind: JsonValueKind.Object or JsonValueKind.Array } structured => structured.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
    }

    /// <summary>
    /// Image models answer <c>images: [{url, content_type}]</c> (some <c>image: {…}</c>), video models <c>video: {url, content_type}</c>.
    /// Any absolute address is kept whatever its scheme: the fetcher refuses what it may not fetch, and the run fails
    /// visibly rather than succeeding with an output quietly dropped.
    /// </summary>
    public static async Task<IReadOnlyList<ProviderOutput>> OutputsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            throw new FalException("fal answered a result that is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FalException("fal answered a result that is not a JSON object.");
            }

            var files = new List<JsonElement>();
            foreach (var name in (ReadOnlySpan<string>)["images", "image", "video", "videos"])
            {
                if (document.RootElement.TryGetProperty(name, out var value))
                {
                    files.AddRange(value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value]);
                }
            }

            return files.Select(OutputOf).OfType<ProviderOutput>().ToList();
        }
    }

    private static ProviderOutput? OutputOf(JsonElement file)
    {
        if (file.ValueKind != JsonValueKind.Object
            || !file.TryGetProperty("url", out var urlValue) || urlValue.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(urlValue.GetString(), UriKind.Absolute, out var url))
        {
            return null;
        }

        var contentType = file.TryGetProperty("content_type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        return new ProviderOutput(string.IsNullOrWhiteSpace(contentType) ? ReplicatePredictions.ContentTypeOf(url) : contentType, url);
    }

    // fal's request ids are UUIDs; anything else would go into a URL path unchecked.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,99}$")]
    private static partial Regex RequestId();
}
