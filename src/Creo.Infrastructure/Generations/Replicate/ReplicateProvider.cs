using System.Net.Http.Headers;
using System.Net.Http.Json;
using Creo.Application.Generations;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Outputs;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>
/// Runs generations on Replicate through its predictions API. Each call is one HTTP exchange (plus the bounded
/// retries of <see cref="ReplicateRetry"/>); waiting for a result is the job's business, by webhook or by polling.
/// </summary>
internal sealed class ReplicateProvider(HttpClient http, OutputFetcher outputs, IOptions<ReplicateOptions> options, IOptions<GenerationsOptions> generations)
    : IGenerationProvider
{
    private static readonly string[] CompletedOnly = ["completed"];

    public string Name => ProviderNames.Replicate;

    public async Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        var pinned = ReplicateModelOptions.IsVersionId(request.ModelVersion);
        var webhook = options.Value.WebhookUrl?.AbsoluteUri;
        var body = new ReplicateCreateRequest(
            pinned ? request.ModelVersion.ToLowerInvariant() : null,
            new ReplicateInput(
                request.Prompt,
                request.Width,
                request.Height,
                request.Seed,
                request.DurationSeconds,
                request.SourceImage is { } image ? DataUri(image) : null),
            webhook,
            webhook is null ? null : CompletedOnly);

        using var message = ApiRequest(HttpMethod.Post, pinned ? "v1/predictions" : ModelPredictionsPath(request.ProviderModel));

        // Bytes rather than a streamed JsonContent: a retry sends the same body again, with a Content-Length.
        message.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, ReplicateJson.Default.ReplicateCreateRequest));
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (request.MaxRunTime > TimeSpan.Zero)
        {
            message.Headers.Add("Cancel-After", CancelAfter(request.MaxRunTime));
        }

        using var response = await http.SendAsync(message, cancellationToken);
        return await ReadPredictionAsync(response, request.Prompt, cancellationToken);
    }

    public async Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken)
    {
        using var message = ApiRequest(HttpMethod.Get, PredictionPath(predictionId));
        using var response = await http.SendAsync(message, cancellationToken);
        return await ReadPredictionAsync(response, null, cancellationToken);
    }

    public async Task CancelAsync(string predictionId, CancellationToken cancellationToken)
    {
        using var message = ApiRequest(HttpMethod.Post, PredictionPath(predictionId) + "/cancel");
        using var response = await http.SendAsync(message, cancellationToken);

        // A prediction that has already finished (or expired) cannot be canceled, and that is what we wanted anyway.
        if (response.IsSuccessStatusCode || response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity)
        {
            return;
        }

        throw await ReplicateException.FromResponseAsync(response, null, cancellationToken);
    }

    public async Task<Stream> OpenOutputAsync(ProviderOutput output, CancellationToken cancellationToken)
    {
        if (output.Content is { } content)
        {
            return new MemoryStream(content, writable: false);
        }

        if (output.Url is not { } url)
        {
            throw new OutputRefusedException("it has neither content nor an address");
        }

        // Outputs usually live on a delivery host that needs no token; only Replicate's own API host gets it.
        var response = await outputs.GetAsync(url, SameOrigin(url, http.BaseAddress) ? Bearer() : null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ReplicateException.FromResponseAsync(response, null, cancellationToken);
            }
        }

        // Refused before reading when the size is announced; the copy counts the bytes either way.
        if (response.Content.Headers.ContentLength > generations.Value.MaxOutputBytes)
        {
            response.Dispose();
            throw new OutputRefusedException("larger than Generation__MaxOutputBytes");
        }

        // Disposing the content stream releases the connection; the response holds nothing else.
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>Replicate's deadline takes a duration such as <c>90s</c>; whole seconds, rounded up so we never cut a run short.</summary>
    internal static string CancelAfter(TimeSpan maxRunTime) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (long)Math.Ceiling(maxRunTime.TotalSeconds))}s");

    private static string DataUri(ProviderSourceImage image) => $"data:{image.ContentType};base64,{Convert.ToBase64String(image.Content)}";

    private static string ModelPredictionsPath(string providerModel)
    {
        var parts = providerModel.Split('/');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ReplicateException("A Replicate model must be named owner/name.");
        }

        return $"v1/models/{Uri.EscapeDataString(parts[0])}/{Uri.EscapeDataString(parts[1])}/predictions";
    }

    private static string PredictionPath(string predictionId) =>
        string.IsNullOrWhiteSpace(predictionId)
            ? throw new ArgumentException("A prediction id is required.", nameof(predictionId))
            : $"v1/predictions/{Uri.EscapeDataString(predictionId)}";

    private static bool SameOrigin(Uri url, Uri? apiBase) =>
        apiBase is not null && Uri.Compare(url, apiBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static async Task<ProviderPrediction> ReadPredictionAsync(HttpResponseMessage response, string? prompt, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await ReplicateException.FromResponseAsync(response, prompt, cancellationToken);
        }

        ReplicatePredictionBody? body;
        try
        {
            body = await response.Content.ReadFromJsonAsync(ReplicateJson.Default.ReplicatePredictionBody, cancellationToken);
        }
        catch (JsonException)
        {
            // No inner exception: the body echoes the input, prompt included.
            throw new ReplicateException("Replicate answered with a prediction that is not valid JSON.");
        }

        return ReplicatePredictions.ToProviderPrediction(body ?? throw new ReplicateException("Replicate answered with an empty prediction."));
    }

    private HttpRequestMessage ApiRequest(HttpMethod method, string path) =>
        new(method, path) { Headers = { Authorization = Bearer() } };

    // Per request rather than on the client's default headers, so the token never follows an output URL to another host.
    private AuthenticationHeaderValue Bearer() => new("Bearer", options.Value.ApiToken);
}
