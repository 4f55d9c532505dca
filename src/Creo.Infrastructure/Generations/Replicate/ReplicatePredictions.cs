using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>Reads Replicate's prediction JSON into the port's terms.</summary>
internal static class ReplicatePredictions
{
    private const string AbortedError = "Replicate stopped the prediction at its deadline before it started.";

    public static ProviderPrediction ToProviderPrediction(ReplicatePredictionBody body)
    {
        if (string.IsNullOrWhiteSpace(body.Id))
        {
            throw new ReplicateException("Replicate answered with a prediction that has no id.");
        }

        var status = StatusOf(body.Status);
        var outputs = status == ProviderStatus.Succeeded ? OutputsOf(body.Output) : [];
        var error = ErrorOf(body.Error) ?? (body.Status == "aborted" ? AbortedError : null);
        return new ProviderPrediction(body.Id, status, outputs, error);
    }

    /// <summary>
    /// <c>aborted</c> is Replicate's deadline firing before the run began (not billed); to us it is one more way of
    /// being canceled. A status this code has never seen counts as still running, so the job's own deadline decides.
    /// </summary>
    public static ProviderStatus StatusOf(string? status) => status switch
    {
        "starting" => ProviderStatus.Starting,
        "succeeded" => ProviderStatus.Succeeded,
        "failed" => ProviderStatus.Failed,
        "canceled" or "aborted" => ProviderStatus.Canceled,
        _ => ProviderStatus.Processing,
    };

    /// <summary>Image and video models answer with one URL or a list of them; other shapes carry nothing we can store.</summary>
    public static IReadOnlyList<ProviderOutput> OutputsOf(JsonElement? output)
    {
        IEnumerable<string?> values = output switch
        {
            { ValueKind: JsonValueKind.String } single => [single.GetString()],
            { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()),
            _ => [],
        };
        return values.Select(OutputOf).OfType<ProviderOutput>().ToList();
    }

    public static string ContentTypeOf(Uri url) =>
        Path.GetExtension(url.AbsolutePath).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".webp" => "image/webp",
            ".gif" => "image/gif",
            ".mp4" => "video/mp4",
            ".webm" => "video/webm",
            _ => "application/octet-stream",
        };

    private static ProviderOutput? OutputOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        // Sync-mode answers inline small files as data URIs; keep them rather than drop them.
        if (value.StartsWith("data:", StringComparison.Ordinal))
        {
            return DataUriOutput(value);
        }

        // Any absolute address is kept, whatever its scheme: the fetcher refuses what it may not fetch, and the run fails
        // visibly rather than succeeding with an output quietly dropped.
        return Uri.TryCreate(value, UriKind.Absolute, out var url) ? new ProviderOutput(ContentTypeOf(url), url) : null;
    }

    private static ProviderOutput? DataUriOutput(string value)
    {
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        const string Base64Marker = ";base64";
        if (comma < 0 || !value.AsSpan(0, comma).EndsWith(Base64Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var contentType = value["data:".Length..(comma - Base64Marker.Length)];
        try
        {
            return new ProviderOutput(contentType.Length == 0 ? "application/octet-stream" : contentType, Content: Convert.FromBase64String(value[(comma + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? ErrorOf(JsonElement? error) => error switch
    {
        { ValueKind: JsonValueKind.String } text when !string.IsNullOrWhiteSpace(text.GetString()) => text.GetString(),
        { ValueKind: JsonValueKind.Object or JsonValueKind.Array } structured => structured.GetRawText(),
        _ => null,
    };
}
