using System.Net.Http.Headers;
using Creo.Application.Generations;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Outputs;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>
/// Runs generations on fal's queue: submit, status, result, cancel. Each call is one HTTP exchange (plus bounded
/// retries); waiting is the job's business, by webhook or by polling. A prediction id is fal's request id with the
/// route fal keeps it under (<see cref="PredictionRoutes"/>), read from the submit answer's <c>status_url</c>.
/// </summary>
internal sealed class FalProvider(HttpClient http, OutputFetcher outputs, IOptions<FalOptions> options, IOptions<GenerationsOptions> generations)
    : IGenerationProvider
{
    public string Name => ProviderNames.Fal;

    public async Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        if (!FalModelOptions.IsModelPath(request.ProviderModel))
        {
            throw new FalException("A fal model id must be owner/app or owner/app/sub-path.");
        }

        var input = new FalInput(
            request.Prompt,
            new FalImageSize(request.Width, request.Height),
            request.Seed,
            1,
            request.DurationSeconds,
            request.SourceImage is { } image ? $"data:{image.ContentType};base64,{Convert.ToBase64String(image.Content)}" : null);
        var path = request.ProviderModel;
        if (options.Value.WebhookUrl is { } webhook)
        {
            path += "?fal_webhook=" + Uri.EscapeDataString(webhook.AbsoluteUri);
        }

        using var message = QueueRequest(HttpMethod.Post, path);

        // Bytes rather than a streamed JsonContent: a retry sends the same body again, with a Content-Length.
        message.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(input, FalJson.Default.FalInput));
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(message, cancellationToken);
        var answer = await FalAnswers.ReadAsync(response, cancellationToken);
        var requestId = FalAnswers.RequestIdOf(answer);
        var route = FalAnswers.RouteOf(answer, requestId, options.Value.QueueBase) ?? FalModelOptions.AppIdOf(request.ProviderModel);
        return new ProviderPrediction(PredictionRoutes.Join(requestId, route), ProviderStatus.Starting, [], null, answer.QueuePosition);
    }

    public async Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken)
    {
        var path = RequestPath(predictionId);
        FalQueueAnswer status;
        using (var message = QueueRequest(HttpMethod.Get, path + "/status"))
        using (var response = await http.SendAsync(message, cancellationToken))
        {
            status = await FalAnswers.ReadAsync(response, cancellationToken);
        }

        switch (status.Status)
        {
            case "IN_QUEUE":
                return new ProviderPrediction(predictionId, ProviderStatus.Starting, [], null, status.QueuePosition);
            case "COMPLETED" when FalAnswers.ErrorOf(status.Error) is { } error:
                return new ProviderPrediction(predictionId, ProviderStatus.Failed, [], error);
            case "COMPLETED":
                return await ResultAsync(predictionId, path, cancellationToken);
            case "CANCELED" or "CANCELLED":
                return new ProviderPrediction(predictionId, ProviderStatus.Canceled, [], null);
            case "FAILED" or "ERROR":
                return new ProviderPrediction(predictionId, ProviderStatus.Failed, [], FalAnswers.ErrorOf(status.Error) ?? "fal reports the request failed.");
            default:
                // IN_PROGRESS, or a state this code has never seen: still running, and the job's own deadline decides.
                return new ProviderPrediction(predictionId, ProviderStatus.Processing, [], null);
        }
    }

    public async Task CancelAsync(string predictionId, CancellationToken cancellationToken)
    {
        using var message = QueueRequest(HttpMethod.Put, RequestPath(predictionId) + "/cancel");
        using var response = await http.SendAsync(message, cancellationToken);

        // fal answers 400 ALREADY_COMPLETED for a request that has finished, and that is what we wanted anyway.
        if (response.IsSuccessStatusCode || response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            return;
        }

        throw FalException.Answered(response);
    }

    public async Task<Stream> OpenOutputAsync(ProviderOutput output, CancellationToken cancellationToken)
    {
        if (output.Url is not { } url)
        {
            throw new OutputRefusedException("it has no address");
        }

        // fal's outputs live on its media hosts, which need no key: the key is never sent along.
        var response = await outputs.GetAsync(url, null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw FalException.Answered(response);
            }
        }

        if (response.Content.Headers.ContentLength > generations.Value.MaxOutputBytes)
        {
            response.Dispose();
            throw new OutputRefusedException("larger than Generation__MaxOutputBytes");
        }

        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>The request's path under the queue: <c>{owner}/{app}/requests/{request_id}</c>.</summary>
    private static string RequestPath(string predictionId)
    {
        var (requestId, route) = PredictionRoutes.Split(predictionId);
        if (route is null || !FalModelOptions.IsModelPath(route) || !FalAnswers.IsRequestId(requestId))
        {
            throw new FalException("A fal prediction id must be request_id@owner/app.");
        }

        return $"{route}/requests/{requestId}";
    }

    private async Task<ProviderPrediction> ResultAsync(string predictionId, string path, CancellationToken cancellationToken)
    {
        using var message = QueueRequest(HttpMethod.Get, path);
        using var response = await http.SendAsync(message, cancellationToken);

        // The model refused its input (422) or the result is gone: the run failed, and asking again changes nothing.
        if ((int)response.StatusCode is >= 400 and < 500 and not 408 and not 429)
        {
            return new ProviderPrediction(predictionId, ProviderStatus.Failed, [], string.Create(CultureInfo.InvariantCulture, $"fal answered the result with {(int)response.StatusCode}."));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw FalException.Answered(response);
        }

        return new ProviderPrediction(predictionId, ProviderStatus.Succeeded, await FalAnswers.OutputsAsync(response, cancellationToken), null);
    }

    // Per request rather than on the client's default headers, so the key never follows an output URL to another host.
    private HttpRequestMessage QueueRequest(HttpMethod method, string path) =>
        new(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Key", options.Value.Key) } };
}
