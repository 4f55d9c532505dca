using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Creo.Infrastructure.Generations.Replicate;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace Creo.Testing;

/// <summary>
/// A local server speaking Replicate's predictions API as Crëo uses it: create (by version or by official model),
/// get, cancel, the output files, and signed <c>completed</c> webhooks. The real provider runs unchanged against it.
/// Predictions live in memory; the test decides how each one ends (<see cref="NextOutcome"/>).
/// </summary>
public sealed partial class ReplicateStandIn : IAsyncDisposable
{
    public const string ApiToken = "r8_creo_test_token";
    public const string ImageModelId = "replicate-flux";
    public const string ImageProviderModel = "black-forest-labs/flux-dev";
    public const string ImageVersion = "6e4a938f85952bdabcc15aa329178c4d681c52bf25a0342403287dc26944661d";
    public const string VideoModelId = "replicate-video";
    public const string VideoProviderModel = "wan-video/wan-2.2-t2v-fast";
    public const string VideoVersion = "official";

    private static readonly Lazy<byte[]> Png = new(() => StandInImages.SolidPng(new SKColor(0x2a, 0x6f, 0xdb)));

    /// <summary>What the video model makes: a real 2-second 320×240 H.264 MP4 (<see cref="TestVideos.Mp4"/>).</summary>
    public static byte[] Video => TestVideos.Mp4;

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ReplicateStandInPrediction> predictions = new();
    private readonly ConcurrentQueue<ReplicateStandInRequest> received = new();
    private readonly ConcurrentQueue<HttpStatusCode> webhookAnswers = new();
    private readonly ConcurrentBag<Task> deliveries = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly HttpClient webhookClient = new();
    private readonly Lock failuresLock = new();
    private readonly Queue<(int Status, int? RetryAfterSeconds, string? Detail)> failures = new();
    private readonly ConcurrentDictionary<string, (byte[] Body, string ContentType, Uri? RedirectTo)> served = new();
    private IReadOnlyList<string>? nextOutputs;

    private ReplicateStandIn(WebApplication app, string webhookSecret)
    {
        this.app = app;
        WebhookSecret = webhookSecret;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The <c>whsec_…</c> secret webhooks are signed with.</summary>
    public string WebhookSecret { get; }

    public ReplicateOutcome NextOutcome { get; set; } = ReplicateOutcome.Succeed;

    /// <summary>The stand-in's own clock for predictions (created, completed, <c>Cancel-After</c> deadlines): a test moves it instead of waiting.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The error a <see cref="ReplicateOutcome.Fail"/> prediction reports; <c>{prompt}</c> in it echoes the input's prompt, as some models do.</summary>
    public string NextError { get; set; } = "CUDA out of memory.";

    public int OutputsPerPrediction { get; set; } = 1;

    /// <summary>Where output URLs point; the stand-in itself unless a test moves them to another origin.</summary>
    public Uri? OutputBase { get; set; }

    /// <summary>
    /// Outputs as <c>data:</c> URIs, as Replicate's sync mode inlines small files, instead of URLs on the stand-in: for
    /// hosts that keep production's strict output policy (a separate process cannot be handed <see cref="OutputPolicy"/>).
    /// </summary>
    public bool InlineOutputs { get; set; }

    /// <summary>The output the next succeeded prediction reports instead of its own file (any string: a hostile URL), used once.</summary>
    public IReadOnlyList<string>? NextOutputs
    {
        get => Volatile.Read(ref nextOutputs);
        set => Volatile.Write(ref nextOutputs, value);
    }

    /// <summary>Production's output policy plus exactly this stand-in's origin, for hosts that fetch its files.</summary>
    public StandInOutputPolicy OutputPolicy => new(BaseAddress);

    /// <summary>Every request, files included, in arrival order.</summary>
    public IReadOnlyList<ReplicateStandInRequest> Received => [.. received];

    /// <summary>The raw JSON bodies of the create requests, in arrival order.</summary>
    public IReadOnlyList<string> ReceivedBodies => [.. received.Where(IsCreate).Select(request => request.Body)];

    /// <summary>How our webhook endpoint answered each signed delivery.</summary>
    public IReadOnlyList<HttpStatusCode> WebhookAnswers => [.. webhookAnswers];

    public static async Task<ReplicateStandIn> StartAsync(string? webhookSecret = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new ReplicateStandIn(app, webhookSecret ?? "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        app.MapPost("/v1/predictions", (Func<HttpContext, Task<IResult>>)(context => standIn.CreateAsync(context, null)));
        app.MapPost("/v1/models/{owner}/{name}/predictions", (HttpContext context, string owner, string name) => standIn.CreateAsync(context, $"{owner}/{name}"));
        app.MapGet("/v1/predictions/{id}", standIn.GetAsync);
        app.MapPost("/v1/predictions/{id}/cancel", standIn.CancelAsync);
        app.MapGet("/files/{id}/{file}", standIn.File);
        app.MapGet("/served/{id}/{name}", standIn.Served);
        await app.StartAsync();
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return standIn;
    }

    /// <summary>The <c>Replicate:*</c> settings that point Crëo here, with one image and one video model.</summary>
    public Dictionary<string, string?> Settings(Uri? webhookUrl = null) => new()
    {
        ["Replicate:ApiToken"] = ApiToken,
        ["Replicate:WebhookSecret"] = WebhookSecret,
        ["Replicate:ApiBase"] = BaseAddress.ToString(),
        ["Replicate:WebhookUrl"] = webhookUrl?.ToString(),
        ["Replicate:Models:0:Id"] = ImageModelId,
        ["Replicate:Models:0:Name"] = "FLUX.1 [dev]",
        ["Replicate:Models:0:Kind"] = "Image",
        ["Replicate:Models:0:ProviderModel"] = ImageProviderModel,
        ["Replicate:Models:0:Version"] = ImageVersion,
        ["Replicate:Models:0:Width:Min"] = "256",
        ["Replicate:Models:0:Width:Max"] = "1440",
        ["Replicate:Models:0:Width:Default"] = "1024",
        ["Replicate:Models:0:Width:Step"] = "16",
        ["Replicate:Models:0:Height:Min"] = "256",
        ["Replicate:Models:0:Height:Max"] = "1440",
        ["Replicate:Models:0:Height:Default"] = "1024",
        ["Replicate:Models:0:Height:Step"] = "16",
        ["Replicate:Models:0:AcceptsSourceImage"] = "true",
        ["Replicate:Models:0:BaseCost"] = "2",
        ["Replicate:Models:0:CostPerMegapixel"] = "3",
        ["Replicate:Models:0:MaxRunTimeSeconds"] = "120",
        ["Replicate:Models:1:Id"] = VideoModelId,
        ["Replicate:Models:1:Name"] = "Wan 2.2 (fast)",
        ["Replicate:Models:1:Kind"] = "Video",
        ["Replicate:Models:1:ProviderModel"] = VideoProviderModel,
        ["Replicate:Models:1:Version"] = VideoVersion,
        ["Replicate:Models:1:Width:Min"] = "480",
        ["Replicate:Models:1:Width:Max"] = "1280",
        ["Replicate:Models:1:Width:Default"] = "832",
        ["Replicate:Models:1:Width:Step"] = "16",
        ["Replicate:Models:1:Height:Min"] = "480",
        ["Replicate:Models:1:Height:Max"] = "1280",
        ["Replicate:Models:1:Height:Default"] = "480",
        ["Replicate:Models:1:Height:Step"] = "16",
        ["Replicate:Models:1:DurationSeconds:Min"] = "2",
        ["Replicate:Models:1:DurationSeconds:Max"] = "10",
        ["Replicate:Models:1:DurationSeconds:Default"] = "5",
        ["Replicate:Models:1:BaseCost"] = "5",
        ["Replicate:Models:1:CostPerSecond"] = "4",
        ["Replicate:Models:1:MaxRunTimeSeconds"] = "600",
    };

    /// <summary>
    /// The next <paramref name="times"/> API requests get <paramref name="status"/>, as Replicate does when busy or failing;
    /// <c>{prompt}</c> in <paramref name="detail"/> echoes the request's prompt, as a validation error may.
    /// </summary>
    public void FailNext(HttpStatusCode status, int times = 1, int? retryAfterSeconds = null, string? detail = null)
    {
        lock (failuresLock)
        {
            for (var i = 0; i < times; i++)
            {
                failures.Enqueue(((int)status, retryAfterSeconds, detail));
            }
        }
    }

    /// <summary>Forgets the failures <see cref="FailNext"/> queued and not yet given: Replicate has recovered.</summary>
    public void StopFailing()
    {
        lock (failuresLock)
        {
            failures.Clear();
        }
    }

    /// <summary>
    /// A URL on the stand-in answering <paramref name="body"/> as <paramref name="contentType"/>, or (with
    /// <paramref name="redirectTo"/>) a 302 there: hostile outputs for the output fetcher to meet.
    /// </summary>
    public Uri Serve(byte[] body, string contentType, string name = "out.png", Uri? redirectTo = null)
    {
        var id = Guid.NewGuid().ToString("N");
        served[id] = (body, contentType, redirectTo);
        return new Uri(BaseAddress, $"/served/{id}/{name}");
    }

    /// <summary>A URL on the stand-in that redirects (302) to <paramref name="target"/>.</summary>
    public Uri RedirectTo(Uri target) => Serve([], "text/plain", "out.png", target);

    /// <summary>The ids of every prediction created so far.</summary>
    public IReadOnlyCollection<string> PredictionIds => [.. predictions.Keys];

    public string? StatusOf(string id) => Find(id) is { } prediction ? Locked(prediction, () => prediction.Status) : null;

    /// <summary>
    /// Finishes a running prediction (succeeded with outputs, or failed with <paramref name="error"/>) and, if it asked for
    /// a webhook, delivers it signed. Returns how the webhook endpoint answered, or null when there was none to call.
    /// </summary>
    public async Task<HttpStatusCode?> CompleteAsync(string id, string? error = null)
    {
        var prediction = Find(id) ?? throw new InvalidOperationException($"No prediction {id}.");
        var finished = Locked(prediction, () =>
        {
            if (prediction.IsFinished)
            {
                return false;
            }

            Finish(prediction, error);
            return true;
        });
        if (!finished)
        {
            throw new InvalidOperationException($"Prediction {id} has already finished ({prediction.Status}).");
        }

        return await DeliverWebhookAsync(prediction);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await Task.WhenAll(deliveries);
        await app.DisposeAsync();
        webhookClient.Dispose();
        stopping.Dispose();
    }

    private static bool IsCreate(ReplicateStandInRequest request) => request.Method == "POST" && request.Path.EndsWith("/predictions", StringComparison.Ordinal);

    private T Locked<T>(ReplicateStandInPrediction prediction, Func<T> read)
    {
        lock (prediction)
        {
            prediction.ApplyDeadline(Clock.GetUtcNow());
            return read();
        }
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Json(new { title, detail, status }, statusCode: status, contentType: "application/problem+json");

    /// <summary>Replicate's durations: <c>90s</c>, <c>5m</c>, <c>1h30m</c>.</summary>
    private static TimeSpan? ParseDuration(string? value)
    {
        var match = value is null ? null : DurationPattern().Match(value);
        if (match is not { Success: true })
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (var part in match.Groups["part"].Captures.Cast<Capture>())
        {
            var amount = long.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
            total += part.Value[^1] switch { 'h' => TimeSpan.FromHours(amount), 'm' => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromSeconds(amount) };
        }

        return total;
    }

    private static string PromptOf(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["input"]?["prompt"]?.GetValue<string>() ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private ReplicateStandInPrediction? Find(string id) => predictions.TryGetValue(id, out var prediction) ? prediction : null;

    private void Finish(ReplicateStandInPrediction prediction, string? error)
    {
        if (error is null)
        {
            var origin = OutputBase ?? BaseAddress;
            prediction.Status = "succeeded";
            // The video model makes the video fixture, every other model the small PNG.
            var video = prediction.Model == VideoProviderModel;
            prediction.Output = Interlocked.Exchange(ref nextOutputs, null) is { } chosen
                ? [.. chosen.Select(output => (JsonNode)output)]
                : [.. Enumerable.Range(0, OutputsPerPrediction).Select(n => (JsonNode)(InlineOutputs
                    ? (video ? "data:video/mp4;base64," + Convert.ToBase64String(Video) : "data:image/png;base64," + Convert.ToBase64String(Png.Value))
                    : new Uri(origin, $"/files/{prediction.Id}/{n}.{(video ? "mp4" : "png")}").ToString()))];
        }
        else
        {
            prediction.Status = "failed";
            prediction.Error = error;
        }

        prediction.CompletedAt = Clock.GetUtcNow();
    }

    /// <summary>Records the request, then answers for Replicate at its front door: the token, then any failure a test asked for.</summary>
    private async Task<(ReplicateStandInRequest Request, IResult? Refusal)> ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new ReplicateStandInRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body);
        received.Enqueue(request);

        if (context.Request.Headers.Authorization.ToString() != $"Bearer {ApiToken}")
        {
            return (request, Problem(StatusCodes.Status401Unauthorized, "Unauthenticated", "You did not pass a valid authentication token"));
        }

        lock (failuresLock)
        {
            if (failures.TryDequeue(out var failure))
            {
                if (failure.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                return (request, Problem(failure.Status, "Service unavailable", failure.Detail?.Replace("{prompt}", PromptOf(body), StringComparison.Ordinal) ?? "Try again shortly."));
            }
        }

        return (request, null);
    }

    private async Task<IResult> CreateAsync(HttpContext context, string? model)
    {
        // Decided before the request is recorded: a test that sees the request arrive and then changes NextOutcome for
        // later calls must not change this one's.
        var outcome = NextOutcome;
        var (request, refusal) = await ReceiveAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        JsonObject body;
        try
        {
            body = JsonNode.Parse(request.Body) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid JSON", "The request body is not a JSON object.");
        }

        var version = body["version"]?.GetValue<string>();
        if (model is null && (version is null || !VersionPattern().IsMatch(version)))
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "Invalid version or not permitted", "The specified version does not exist (or perhaps you don't have permission to use it?)");
        }

        if (body["input"] is not JsonObject input || input["prompt"] is not JsonValue)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "Input validation failed", "- input: prompt is required");
        }

        if (outcome == ReplicateOutcome.Hang)
        {
            using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            await Task.Delay(Timeout.Infinite, gone.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(13));
        var prediction = new ReplicateStandInPrediction(
            id, model, version, input, body["webhook"]?.GetValue<string>(), Clock.GetUtcNow(), ParseDuration(request.Header("Cancel-After")));
        predictions[id] = prediction;
        var json = Locked(prediction, () =>
        {
            if (outcome != ReplicateOutcome.Process)
            {
                Finish(prediction, outcome == ReplicateOutcome.Fail ? NextError.Replace("{prompt}", PromptOf(request.Body), StringComparison.Ordinal) : null);
            }

            return prediction.ToJson(BaseAddress);
        });

        // Replicate sends the completed webhook even for a prediction that finished before the create answered.
        if (prediction.IsFinished)
        {
            deliveries.Add(Task.Run(() => DeliverWebhookAsync(prediction)));
        }

        return Results.Json(json, statusCode: StatusCodes.Status201Created);
    }

    private async Task<IResult> GetAsync(HttpContext context, string id)
    {
        var (_, refusal) = await ReceiveAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        if (Find(id) is not { } prediction)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", "The requested resource could not be found.");
        }

        return Results.Json(Locked(prediction, () =>
        {
            if (prediction.Status == "starting")
            {
                prediction.Status = "processing";
            }

            return prediction.ToJson(BaseAddress);
        }));
    }

    /// <summary>A finished prediction cannot be canceled: a 409 problem, which the provider treats as done.</summary>
    private async Task<IResult> CancelAsync(HttpContext context, string id)
    {
        var (_, refusal) = await ReceiveAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        if (Find(id) is not { } prediction)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", "The requested resource could not be found.");
        }

        var (canceled, json) = Locked(prediction, () =>
        {
            if (prediction.IsFinished)
            {
                return (false, prediction.ToJson(BaseAddress));
            }

            prediction.Status = "canceled";
            prediction.CompletedAt = Clock.GetUtcNow();
            return (true, prediction.ToJson(BaseAddress));
        });
        if (!canceled)
        {
            return Problem(StatusCodes.Status409Conflict, "Prediction already finished", "A prediction that has finished cannot be canceled.");
        }

        deliveries.Add(Task.Run(() => DeliverWebhookAsync(prediction)));
        return Results.Json(json);
    }

    /// <summary>Output files need no token, like Replicate's delivery host; only files of succeeded predictions exist.</summary>
    private IResult File(HttpContext context, string id, string file)
    {
        received.Enqueue(new ReplicateStandInRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            ""));
        var exists = Find(id) is { } prediction
            && Locked(prediction, () => prediction.Output?.Any(url => url?.GetValue<string>().EndsWith($"/files/{id}/{file}", StringComparison.Ordinal) == true) == true);
        if (!exists)
        {
            return Results.NotFound();
        }

        return file.EndsWith(".mp4", StringComparison.Ordinal) ? Results.Bytes(Video, "video/mp4") : Results.Bytes(Png.Value, "image/png");
    }

    /// <summary>What <see cref="Serve"/> set up; like the output files, it needs no token.</summary>
    private IResult Served(HttpContext context, string id, string name)
    {
        received.Enqueue(new ReplicateStandInRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            ""));
        if (!served.TryGetValue(id, out var answer))
        {
            return Results.NotFound();
        }

        return answer.RedirectTo is { } target ? Results.Redirect(target.ToString()) : Results.Bytes(answer.Body, answer.ContentType);
    }

    private async Task<HttpStatusCode?> DeliverWebhookAsync(ReplicateStandInPrediction prediction)
    {
        if (prediction.Webhook is null)
        {
            return null;
        }

        var body = Encoding.UTF8.GetBytes(Locked(prediction, () => prediction.ToJson(BaseAddress)).ToJsonString());
        var id = "msg_" + Guid.NewGuid().ToString("N");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var message = new HttpRequestMessage(HttpMethod.Post, prediction.Webhook) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new("application/json");
        message.Headers.Add("webhook-id", id);
        message.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        message.Headers.Add("webhook-signature", StandardWebhookSigner.Sign(WebhookSecret, id, timestamp, body));
        try
        {
            using var response = await webhookClient.SendAsync(message, stopping.Token);
            webhookAnswers.Enqueue(response.StatusCode);
            return response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            // Like Replicate, a webhook nobody answers is not the prediction's problem.
            return null;
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^(?<part>[0-9]+[hms])+$")]
    private static partial Regex DurationPattern();
}
