using System.Net.Http.Headers;
using Creo.Application.Generations;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Outputs;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// Makes images on a host speaking OpenAI's image API. The call is synchronous: <see cref="StartAsync"/> holds the
/// request open inside the job (under its claim lease) and returns a finished prediction, its image in memory
/// (<c>b64_json</c>) or at an address the output fetcher copies (<c>url</c>). Nothing is left to poll or cancel.
/// </summary>
internal sealed class OpenAIImagesProvider(
    HttpClient http,
    OutputFetcher outputs,
    IOptions<OpenAIOptions> options,
    IOptions<GenerationsOptions> generations,
    ILogger<OpenAIImagesProvider> logger) : IGenerationProvider
{
    /// <summary>Room in a response for the JSON around the image (<c>created</c>, <c>usage</c>, <c>revised_prompt</c>).</summary>
    private const int EnvelopeBytes = 64 * 1024;

    public string Name => ProviderNames.OpenAI;

    /// <summary>The same key for every call made for one generation, so a host that honours it runs it once.</summary>
    public static string IdempotencyKeyOf(Guid generationId) => "creo-generation-" + generationId.ToString("N");

    public async Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        var model = options.Value.Models.FirstOrDefault(m => m.ProviderModel == request.ProviderModel)
            ?? throw new OpenAIException("No OpenAI model is configured under that host model name.");
        var size = OpenAIImageSize.Closest(model.ParsedSizes("OpenAI__Models"), request.Width, request.Height);
        var id = "openai-" + request.GenerationId.ToString("N");

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(request.MaxRunTime > TimeSpan.Zero ? request.MaxRunTime : TimeSpan.FromSeconds(model.MaxRunTimeSeconds));
        try
        {
            using var response = await OpenAIRetry.SendAsync(
                () =>
                {
                    var message = OpenAIRequests.Create(request, model, size);
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ApiKey);
                    message.Headers.Add("Idempotency-Key", IdempotencyKeyOf(request.GenerationId));
                    return message;
                },
                http,
                deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                var error = await OpenAIErrors.ReadAsync(response, deadline.Token);
                return OpenAIErrors.IsRefusal(response.StatusCode, error)
                    ? new ProviderPrediction(id, ProviderStatus.Failed, [], ProviderRefusal.Code)
                    : throw OpenAIException.FromStatus(response.StatusCode, error);
            }

            return new ProviderPrediction(id, ProviderStatus.Succeeded, await ReadImagesAsync(response, deadline.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OpenAIException("The image host did not answer within the model's MaxRunTimeSeconds.");
        }
        catch (HttpRequestException unreachable)
        {
            // Its message names the host and the socket error only; the request body never reaches it.
            throw new OpenAIException($"The image host could not be reached ({unreachable.HttpRequestError}).");
        }
    }

    public Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"OpenAI prediction '{predictionId}' finished inside StartAsync; nothing should poll it.");

    // The call has finished (or was abandoned) by the time anyone could ask to stop it; OpenAI has no cancel route.
    public Task CancelAsync(string predictionId, CancellationToken cancellationToken) => Task.CompletedTask;

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

        // Image URLs point at a storage host; the API key never goes there.
        var response = await outputs.GetAsync(url, null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw OpenAIException.FromStatus(response.StatusCode, null);
            }
        }

        if (response.Content.Headers.ContentLength > generations.Value.MaxOutputBytes)
        {
            response.Dispose();
            throw new OutputRefusedException("larger than Generation__MaxOutputBytes");
        }

        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>
    /// Reads at most what an image of <c>Generation__MaxOutputBytes</c> takes in base64 plus the JSON around it, and checks
    /// each image's base64 length against the limit before decoding it, so a huge answer costs no more than that.
    /// </summary>
    private async Task<IReadOnlyList<ProviderOutput>> ReadImagesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var maxImageBytes = generations.Value.MaxOutputBytes;
        var body = await BoundedBody.ReadAsync(response.Content, ((maxImageBytes + 2) / 3 * 4) + EnvelopeBytes, cancellationToken)
            ?? throw TooLarge();
        OpenAIImagesResponse? images;
        try
        {
            images = JsonSerializer.Deserialize(body, OpenAIJson.Default.OpenAIImagesResponse);
        }
        catch (JsonException)
        {
            // No inner exception: its message may quote the body.
            throw new OpenAIException("The image host answered with a body that is not OpenAI's image JSON.");
        }

        var outputs = (images?.Data ?? []).Select(image => OutputOf(image, maxImageBytes)).ToList();
        if (outputs.Count == 0)
        {
            throw new OpenAIException("The image host answered without an image.");
        }

        logger.LogDebug("The image host answered {Count} image(s)", outputs.Count);
        return outputs;
    }

    // Failed for good rather than refused as an output: the host has billed the call, so no attempt may repeat it.
    private static OpenAIException TooLarge() => new("The image host answered with an image larger than Generation__MaxOutputBytes.");

    private static ProviderOutput OutputOf(OpenAIImage image, long maxImageBytes)
    {
        if (image.B64Json is { } base64)
        {
            var padding = base64.EndsWith("==", StringComparison.Ordinal) ? 2 : base64.EndsWith('=') ? 1 : 0;
            if ((base64.Length / 4 * 3L) - padding > maxImageBytes)
            {
                throw TooLarge();
            }

            try
            {
                return new ProviderOutput("image/png", Content: Convert.FromBase64String(base64));
            }
            catch (FormatException)
            {
                throw new OpenAIException("The image host answered with b64_json that is not base64.");
            }
        }

        // Any absolute address is kept: the output fetcher refuses what it may not fetch, and the run fails visibly.
        return Uri.TryCreate(image.Url, UriKind.Absolute, out var url)
            ? new ProviderOutput("application/octet-stream", url)
            : throw new OpenAIException("The image host answered with an image that has neither b64_json nor a url.");
    }
}
